[when]当 事件类型为 "{type}" 时=$e : Event( type == "{type}" )
[then]本户表现突出，奖励 {n} 分 记入 "{c}"（负责人：村委）=awards.add(-{n}, "{c}");
