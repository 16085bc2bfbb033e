[when]凡是 "{t}" 这件事=$e : Event( type == "{t}" )
[when]该户从未登记为 "{g}"=not Household( hasTag("{g}") )
[when]本月缺席 "{t}"=MonthSummary( count("{t}") == 0 )
[then]扣 {n} 分，计入 "{c}"=awards.add(-{n}, "{c}");
