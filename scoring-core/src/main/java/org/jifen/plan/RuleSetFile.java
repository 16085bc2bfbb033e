package org.jifen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import org.jifen.engine.PlanFile;
import org.jspecify.annotations.Nullable;

/** One file of a plan version, kept byte for byte with its SHA-256. */
@Entity
@Table(name = "rule_set_file")
public class RuleSetFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    private String name;

    private String sha256;

    private byte[] content;

    protected RuleSetFile() {
        this.name = "";
        this.sha256 = "";
        this.content = new byte[0];
    }

    RuleSetFile(long villageId, PlanFile file) {
        this.villageId = villageId;
        this.name = file.name();
        this.sha256 = file.sha256();
        this.content = file.content().clone();
    }

    public String getName() {
        return name;
    }

    public String getSha256() {
        return sha256;
    }

    /** The bytes as uploaded, for downloading the file again. */
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String base64() {
        return java.util.Base64.getEncoder().encodeToString(content);
    }

    PlanFile planFile() {
        return new PlanFile(name, content.clone());
    }
}
