[when]当 事件类型为 "{type}" 时=$e : Event( type == "{type}" )
[then]加 {n} 分 计入 "{category}"=awards.add({n}, "{category}");
[when]是党员户（未满一年的也算）=not Household( hasTag("党员户") )
