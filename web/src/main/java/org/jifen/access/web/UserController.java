package org.jifen.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jifen.access.Actor;
import org.jifen.access.NewUser;
import org.jifen.access.Role;
import org.jifen.access.User;
import org.jifen.access.UserService;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.problem.Conflict;
import org.jifen.problem.Unprocessable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "用户 Users", description = "镇管理员创建账号 (accounts, created by the township admin)")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    record UserRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,40}", message = "用户名须为 3 到 40 个字母、数字或 . _ -")
            String username,
            @NotBlank @Size(min = 8, max = 72, message = "密码须为 8 到 72 个字符") String password,
            @NotNull Role role,
            @Size(max = 40) @Nullable String village) {
    }

    record UserView(long id, String username, Role role, @Nullable String village) {

        static UserView of(User user) {
            return new UserView(user.getId() == null ? 0 : user.getId(), user.getUsername(), user.getRole(),
                    user.getVillageCode());
        }
    }

    @AuditedAct(code = "user.created", label = "创建用户", target = "user #{#request.username()}",
            village = "#request.village()", details = "{role: #request.role()}")
    @Operation(operationId = "createUser", summary = "创建用户 · Create a user",
            responses = @ApiResponse(responseCode = "201", description = "已创建 (created)", useReturnTypeSchema = true))
    @Refuses({Unprocessable.class, Conflict.class})
    @PostMapping("/api/users")
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequest request, Actor by) {
        User user = users.create(new NewUser(request.username(), request.password(), request.role(),
                request.village() == null || request.village().isBlank() ? null : request.village()), by);
        return ResponseEntity.created(URI.create("/api/users/" + user.getUsername())).body(UserView.of(user));
    }
}
