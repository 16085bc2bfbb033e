# 积分方案标准中文句式（Jifen standard Chinese DSL）
# A plan's .dslr files use these sentences when the plan brings no .dsl of its own.
# Longer sentences come before any shorter sentence that is their prefix: mappings apply in order.
[when]当 事件类型为 "{type}" 且数量不少于 {n} 时=$e : Event( type == "{type}", quantity >= {n} )
[when]当 事件类型为 "{type}" 时=$e : Event( type == "{type}" )
[when]事件类型为 "{type}"=$e : Event( type == "{type}" )
[when]- 属性 "{name}" 为 "{value}"=attr("{name}") == "{value}"
[when]- 属性 "{name}" 不少于 {n}=intAttr("{name}") >= {n}
[when]- 已勾选 "{name}"=flag("{name}")
[when]家庭户带有标签 "{tag}"=Household( hasTag("{tag}") )
[when]家庭户没有标签 "{tag}"=not Household( hasTag("{tag}") )
[when]本月 "{type}" 次数不少于 {n}=MonthSummary( count("{type}") >= {n} )
[when]本月没有 "{type}"=MonthSummary( count("{type}") == 0 )
[when]本月无扣分=MonthSummary( deductions == 0, events > 0 )
[then]按数量每次扣 {n} 分 计入 "{category}"=awards.add(-{n} * $e.getQuantity(), "{category}");
[then]按数量每次加 {n} 分 计入 "{category}"=awards.add({n} * $e.getQuantity(), "{category}");
[then]附加 {n} 分 计入 "{category}"=awards.bonus({n}, "{category}");
[then]一票否决 计入 "{category}"=awards.veto("{category}");
[then]加 {n} 分 计入 "{category}"=awards.add({n}, "{category}");
[then]扣 {n} 分 计入 "{category}"=awards.add(-{n}, "{category}");
