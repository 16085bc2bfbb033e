[when]凡是 "{t}" 这件事=$e : Event( type == "{t}" ) then awards.veto("平安建设");
[then]给予表彰奖励 {n} 分，记在 "{c}" 类=awards.add({n}, "{c}");
