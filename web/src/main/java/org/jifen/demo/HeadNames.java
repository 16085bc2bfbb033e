package org.jifen.demo;

import java.util.Random;
import java.util.Set;

/**
 * Heads of household as they are named in a Qingpu village: common Jiangnan surnames, the village's own old family
 * name far more often than the others, and the given names of the generation that heads households today.
 */
final class HeadNames {

    private static final String SURNAMES = "沈陆顾王张徐朱金姚钱陈李周吴杨孙蒋施唐曹许黄潘夏倪戴盛费俞马";
    private static final String FIRST_CHARACTERS = "建国志永金根福雪秀桂玉美小伟海林明春德荣新龙兴宝文卫红惠凤月";
    private static final String SECOND_CHARACTERS = "华明平根林军英珍芳妹兴荣良生发龙弟娣宝忠强勇峰新民康祥芬琴萍娟";

    /** One head in three carries the village's common surname (杨 in 杨家庄村, 陆 in 陆家浜村). */
    private static final int COMMON_SURNAME_IN = 3;

    private HeadNames() {
    }

    /** A name not yet in {@code taken}, so that no two households of a village look alike. */
    static String next(Random random, String commonSurname, Set<String> taken) {
        String name;
        do {
            name = surname(random, commonSurname) + givenName(random);
        } while (taken.contains(name));
        taken.add(name);
        return name;
    }

    private static String surname(Random random, String commonSurname) {
        return random.nextInt(COMMON_SURNAME_IN) == 0 ? commonSurname : pick(random, SURNAMES);
    }

    /** Mostly two characters (建华, 秀英), sometimes one (根, 芳). */
    private static String givenName(Random random) {
        return random.nextInt(10) < 7 ? pick(random, FIRST_CHARACTERS) + pick(random, SECOND_CHARACTERS)
                : pick(random, SECOND_CHARACTERS);
    }

    private static String pick(Random random, String characters) {
        int at = random.nextInt(characters.codePointCount(0, characters.length()));
        return new String(Character.toChars(characters.codePointAt(characters.offsetByCodePoints(0, at))));
    }
}
