package org.jifen.card;

import org.jifen.problem.NotFound;

/** An unknown, malformed or renewed link: says nothing about which, nor about any household. */
public class CardNotFound extends NotFound {

    public CardNotFound() {
        super("此二维码无效或已换发新卡，请向村委会索取本户最新的积分卡");
    }
}
