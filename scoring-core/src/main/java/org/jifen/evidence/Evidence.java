package org.jifen.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jifen.files.EvidenceKind;
import org.jifen.integrity.ChainLink;
import org.jifen.integrity.ChainPlace;
import org.jifen.integrity.LinkFields;
import org.jifen.integrity.Sha256;
import org.jifen.scoring.BehaviourEvent;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as stored: the bytes with their type, size and SHA-256, the event they belong to, and who added
 * them when. Written once; there are no setters, and nothing replaces or deletes a row.
 */
@Entity
@Table(name = "event_evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "event_row_id")
    private long eventRowId;

    @Column(name = "event_id")
    private String eventId;

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int size;

    private String sha256;

    private byte[] content;

    private @Nullable String note;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    /** The entry's place in its village's chain. */
    @Embedded
    private ChainPlace chain = ChainPlace.none();

    protected Evidence() {
        this.eventId = "";
        this.kind = EvidenceKind.NOTE;
        this.contentType = "";
        this.sha256 = "";
        this.content = new byte[0];
        this.addedBy = "";
        this.addedAt = Instant.EPOCH;
    }

    Evidence(BehaviourEvent event, EvidenceKind kind, @Nullable String fileName, String contentType, byte[] content,
            @Nullable String note, String addedBy, Instant addedAt) {
        this.villageId = event.getVillageId();
        this.eventRowId = event.id();
        this.eventId = event.getEventId();
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.sha256 = Sha256.hex(content);
        this.content = content.clone();
        this.note = note;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Keeps where the evidence was linked into its village's evidence chain. */
    void chain(ChainLink link) {
        this.chain = ChainPlace.of(link);
    }

    /** What the evidence's link covers: everything but the bytes, which their SHA-256 stands for. */
    LinkFields linkFields() {
        return new LinkedEvidence(0, chain.seq(), chain.hash(), chain.format(), villageId, eventRowId, eventId, kind,
                fileName, contentType, size, sha256, note, addedBy, addedAt).fields();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("evidence not saved yet");
        }
        return id;
    }

    @Nullable String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content.clone();
    }

    ListedEvidence listed() {
        return new ListedEvidence(id(), eventId, kind, fileName, contentType, size, sha256, note, addedBy, addedAt);
    }
}
