package org.jifen.web;

import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout shows: who is signed in, in which role and village, where their work starts, and what they
 * may do in a village (so a page offers no form its user may not use). Error pages rendered outside a controller
 * (by an exception handler or a security filter) get the same from {@code @pageModel.me()} in the layout.
 */
@ControllerAdvice(annotations = PageController.class)
public class PageModel {

    /** The signed-in user as the layout shows them. */
    public record Me(Actor actor, String username, Role role, String roleLabel, @Nullable String village,
            @Nullable String villageName, String start) {

        /** Whether the village admin's forms are theirs in this village (the same rule as {@link VillageAccess}). */
        public boolean administers(String villageCode) {
            return actor.canAdminister(villageCode);
        }

        /** Whether staff's forms (recording, evaluating, printing cards) are theirs in this village. */
        public boolean records(String villageCode) {
            return actor.canWrite(villageCode);
        }

        public boolean isTownshipAdmin() {
            return role == Role.TOWNSHIP_ADMIN;
        }

        public boolean isStaff() {
            return role == Role.STAFF;
        }

        public boolean isVillageAdmin() {
            return role == Role.VILLAGE_ADMIN;
        }

        public boolean isTownship() {
            return role == Role.TOWNSHIP_ADMIN || role == Role.AUDITOR;
        }
    }

    private final VillageService villages;

    PageModel(VillageService villages) {
        this.villages = villages;
    }

    @ModelAttribute("me")
    public @Nullable Me me() {
        return SignedIn.actor().map(this::of).orElse(null);
    }

    private Me of(Actor actor) {
        String village = actor.villageCode();
        return new Me(actor, actor.username(), actor.role(), label(actor.role()), village,
                village == null ? null : villages.byCode(village).getName(), start(actor));
    }

    /** The page each kind of user starts from. */
    static String start(Actor actor) {
        return switch (actor.role()) {
            case STAFF -> "/v/" + actor.villageCode() + "/record";
            case VILLAGE_ADMIN -> "/v/" + actor.villageCode();
            case AUDITOR -> "/audit";
            case TOWNSHIP_ADMIN -> "/township";
        };
    }

    /** A role in the words of the people who hold it (记分员, 村管理员...). */
    public static String label(Role role) {
        return switch (role) {
            case STAFF -> "记分员";
            case VILLAGE_ADMIN -> "村管理员";
            case AUDITOR -> "审计";
            case TOWNSHIP_ADMIN -> "镇管理员";
        };
    }
}
