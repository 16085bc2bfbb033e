package org.jifen.access.web;

import java.security.SecureRandom;
import java.util.Base64;
import org.jifen.access.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On first start with no users, creates {@code admin} (township admin) with the password from
 * {@code JIFEN_ADMIN_PASSWORD}, or a generated one written once to the log. No other default credentials exist.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final String configuredPassword;

    FirstAdmin(UserService users, FirstAdminSettings settings) {
        this.users = users;
        this.configuredPassword = settings.adminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        if (createdHere(password)) {
            if (generated) {
                log.warn("Created the township admin 'admin' with the generated password {} "
                        + "(shown once; set JIFEN_ADMIN_PASSWORD to choose it)", password);
            } else {
                log.info("Created the township admin 'admin' with the password from JIFEN_ADMIN_PASSWORD");
            }
        }
    }

    /** False too when another node on the same database created it at the same moment (ADR 0190). */
    private boolean createdHere(String password) {
        try {
            return users.createFirstAdmin(password);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            log.info("Another node on this database created the township admin 'admin' at the same moment");
            return false;
        }
    }

    private static String generate() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
