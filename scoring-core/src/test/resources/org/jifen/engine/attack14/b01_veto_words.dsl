[when]凡是 "{t}" 这件事=$e : Event( type == "{t}" )
[then]奖励 {n} 分 计入 "{c}"=awards.add({n}, "{c}");
[then]记为敢于否决 计入 "{c}"=awards.veto("{c}");
[then]好人好事示范户，不怕否决 计入 "{c}"=awards.veto("{c}");
