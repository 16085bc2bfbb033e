package org.jifen.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.integrity.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * One version of a village's plan (一村一方案): its files exactly as uploaded and the rules they hold. Which months it
 * governs is the village's {@link PlanSchedule}. Versions are never changed or deleted, so every award keeps pointing
 * at the text that granted it.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    private int version;

    private String sha256;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "rule_set_id", nullable = false)
    private List<RuleSetFile> files = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "rule_set_id", nullable = false)
    private List<RuleSetRule> rules = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "rule_set_id", nullable = false)
    private List<RuleSetWarning> warnings = new ArrayList<>();

    protected RuleSet() {
        this.sha256 = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    RuleSet(long villageId, int version, List<PlanFile> files, CompiledPlan plan, List<PlanProblem> warnings,
            String uploadedBy, Instant uploadedAt) {
        this.villageId = villageId;
        this.version = version;
        this.sha256 = digest(files);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        files.stream().sorted(Comparator.comparing(PlanFile::name)).map(file -> new RuleSetFile(villageId, file))
                .forEach(this.files::add);
        plan.rules().values().stream().map(rule -> new RuleSetRule(villageId, rule)).forEach(this.rules::add);
        for (PlanProblem warning : warnings) {
            this.warnings.add(new RuleSetWarning(villageId, this.warnings.size(), warning));
        }
    }

    /** The version's hash: SHA-256 over its files' hashes and names, sorted by name, as sha256sum prints them. */
    static String digest(List<PlanFile> files) {
        StringBuilder listing = new StringBuilder();
        files.stream().sorted(Comparator.comparing(PlanFile::name))
                .forEach(file -> listing.append(file.sha256()).append("  ").append(file.name()).append('\n'));
        return Sha256.hex(listing.toString());
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("rule set not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public int getVersion() {
        return version;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The files by name (sorted here, not by the database, whose collation of Chinese names varies). */
    public List<RuleSetFile> getFiles() {
        return files.stream().sorted(Comparator.comparing(RuleSetFile::getName)).toList();
    }

    /** The rules in the order they are written, file by file. */
    public List<RuleSetRule> getRules() {
        return rules.stream()
                .sorted(Comparator.comparing(RuleSetRule::getFileName).thenComparingInt(RuleSetRule::getLine))
                .toList();
    }

    /** What the checks warned about at upload, each at its file, line and cell (ADR 0090). */
    public List<PlanProblem> getWarnings() {
        return warnings.stream().sorted(Comparator.comparingInt(RuleSetWarning::position))
                .map(RuleSetWarning::problem).toList();
    }

    List<PlanFile> planFiles() {
        return files.stream().map(RuleSetFile::planFile).toList();
    }
}
