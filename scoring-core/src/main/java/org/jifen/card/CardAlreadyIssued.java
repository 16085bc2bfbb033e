package org.jifen.card;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jifen.problem.Conflict;

/** A card issued before tokens were kept (V8, ADR 0036): only its SHA-256 is known, so it can only be renewed. */
public class CardAlreadyIssued extends Conflict {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    public CardAlreadyIssued(long householdId, String issuedBy, Instant issuedAt, ZoneId zone) {
        super("家庭户 " + householdId + " 的积分卡已于 " + TIME.format(issuedAt.atZone(zone)) + " 由 " + issuedBy
                + " 打印发放；原卡的二维码无法重印。卡片遗失或需补打的，请换发新卡（card:renew），原卡随即失效");
    }
}
