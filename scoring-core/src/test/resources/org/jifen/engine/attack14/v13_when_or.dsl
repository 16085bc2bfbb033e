[when]凡是 "{t}" 这件事=$e : Event( type == "{t}" ) or $e : Event( type == "参加村民大会" )
[then]给予表彰奖励 {n} 分，记在 "{c}" 类=awards.add({n}, "{c}");
