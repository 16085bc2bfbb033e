[when]当 事件类型为 "{type}" 时=$e : Event( type == "{type}" )
[then]加 {n} 分 计入 "{category}"=awards.add({n}, "{category}");
[when]是非常积极的党员户=not Household( hasTag("党员户") )
