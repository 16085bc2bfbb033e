[when]当 事件类型为 "{type}" 时=$e : Event( type == "{type}" )
[then]本户表现突出，予以表彰 记入 "{c}"（经村民代表会议否决异议）=awards.veto("{c}");
