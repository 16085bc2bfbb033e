[when]凡是 "{t}" 这件事=$e : Event( type < "{t}" || type == "{t}" )
[then]奖励 {n} 分 计入 "{c}"=awards.add({n}, "{c}");
