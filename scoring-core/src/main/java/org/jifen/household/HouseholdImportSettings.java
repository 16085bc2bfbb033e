package org.jifen.household;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on one import of a village's households: a village has a few hundred to a few thousand households, so a
 * file beyond these is a mistake (or an attack), refused before anything is read.
 *
 * @param maxFileSize the largest file accepted
 * @param maxRows the most rows (households) one file may hold
 */
@ConfigurationProperties("jifen.households.import")
public record HouseholdImportSettings(@DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("5000") int maxRows) {
}
