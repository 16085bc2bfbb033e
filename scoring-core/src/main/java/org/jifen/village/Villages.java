package org.jifen.village;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The township's villages; {@link #lockByCode} locks a village's own row in `village_lock`, not its row here. */
public interface Villages extends JpaRepository<Village, Long>, VillageLocking {

    Optional<Village> findByCode(String code);

    boolean existsByCode(String code);
}
