package org.jifen.access;

import java.time.Clock;
import org.jifen.problem.Conflict;
import org.jifen.problem.Unprocessable;
import org.jifen.village.Villages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    private final Users users;
    private final Villages villages;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(Users users, Villages villages, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.villages = villages;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public User create(NewUser request, Actor by) {
        if (request.password().length() < 8) {
            throw new Unprocessable("密码至少 8 个字符");
        }
        if (request.role().belongsToVillage()) {
            if (request.village() == null || villages.findByCode(request.village()).isEmpty()) {
                throw new Unprocessable("村级角色 " + request.role() + " 必须指定一个已登记的村（village）");
            }
        } else if (request.village() != null) {
            throw new Unprocessable("角色 " + request.role() + " 不属于某一个村，请不要指定 village");
        }
        if (users.existsByUsername(request.username())) {
            throw new Conflict("用户名「" + request.username() + "」已被使用");
        }
        return users.save(new User(request.username(), passwords.encode(request.password()), request.role(),
                request.village(), by.username(), clock.instant()));
    }

    /** Every account, the township's first, then by village and username: for the township admin's account page. */
    @Transactional(readOnly = true)
    public java.util.List<User> all() {
        // Sorted here: H2 and PostgreSQL put null villages at opposite ends.
        return users.findAll().stream().sorted(java.util.Comparator
                .comparing(User::getVillageCode, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(User::getRole).thenComparing(User::getUsername)).toList();
    }

    /** Creates the bootstrap township admin on an empty user table; false when users already exist. */
    @Transactional
    public boolean createFirstAdmin(String password) {
        if (users.count() > 0) {
            return false;
        }
        users.save(new User("admin", passwords.encode(password), Role.TOWNSHIP_ADMIN, null, "system",
                clock.instant()));
        return true;
    }
}
