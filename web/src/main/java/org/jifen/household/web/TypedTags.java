package org.jifen.household.web;

import java.util.Arrays;
import java.util.List;

/** Tags as a clerk types them in one field: separated by 、 , ， or spaces, blanks and repeats dropped. */
final class TypedTags {

    private TypedTags() {
    }

    static List<String> of(String typed) {
        return Arrays.stream(typed.split("[、,，\\s]+")).filter(tag -> !tag.isBlank()).distinct().toList();
    }
}
