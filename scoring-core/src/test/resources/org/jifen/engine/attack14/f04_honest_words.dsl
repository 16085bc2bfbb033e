[when]凡是 "{t}" 这件事=$e : Event( type == "{t}" )
[then]否决该户当月积分，计入 "{c}"=awards.veto("{c}");
[then]违反村规民约，扣除 {n} 分，计入 "{c}"=awards.add(-{n}, "{c}");
[then]不文明行为，每次减 {n} 分，计入 "{c}"=awards.add(-{n}, "{c}");
