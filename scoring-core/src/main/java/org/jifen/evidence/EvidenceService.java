package org.jifen.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.files.EvidenceFile;
import org.jifen.files.EvidenceKind;
import org.jifen.files.UploadedFile;
import org.jifen.integrity.Sha256;
import org.jifen.problem.MalformedRequest;
import org.jifen.scoring.BehaviourEvent;
import org.jifen.scoring.BehaviourEvents;
import org.jifen.scoring.EventNotFound;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on recorded events: attached (the bytes, their SHA-256 and who added them when, in one transaction, linked
 * into the village's evidence chain),
 * listed, downloaded. Append-only: nothing here replaces or deletes evidence. Evidence changes no points, so it may be
 * added to an event of a finalised month too (ADR 0025).
 */
@Service
public class EvidenceService {

    static final String NOTE_TYPE = "text/plain;charset=UTF-8";

    private final VillageService villages;
    private final BehaviourEvents events;
    private final EvidenceItems items;
    private final EvidenceChain chain;
    private final Clock clock;

    EvidenceService(VillageService villages, BehaviourEvents events, EvidenceItems items, EvidenceChain chain,
            Clock clock) {
        this.villages = villages;
        this.events = events;
        this.items = items;
        this.chain = chain;
        this.clock = clock;
    }

    /** Attaches the evidence to the village's event with this client event id. */
    @Transactional
    public EvidenceItem attach(String villageCode, String eventId, NewEvidence evidence, Actor by) {
        Village village = villages.byCode(villageCode);
        // The event row lock makes concurrent uploads to one event count one after another.
        BehaviourEvent event = events.lockByVillageIdAndEventId(village.id(), eventId)
                .orElseThrow(() -> new EventNotFound(villageCode, eventId));
        Evidence checked = checked(event, evidence, by);
        if (items.countByEventRowId(event.id()) >= EvidenceLimits.MAX_ITEMS_PER_EVENT) {
            throw new EvidenceLimitReached(eventId);
        }
        return chain.append(village.id(), checked).listed().item(villageCode);
    }

    /**
     * Attaches the evidence unless the event already has a file with the same bytes: a phone that sends an event
     * and its photo again (its answer was lost on the way) adds nothing twice.
     */
    @Transactional
    public EvidenceItem attachOnce(String villageCode, String eventId, NewEvidence evidence, Actor by) {
        if (evidence.content() != null) {
            String sha256 = Sha256.hex(evidence.content());
            for (EvidenceItem item : list(villageCode, eventId)) {
                if (sha256.equals(item.sha256())) {
                    return item;
                }
            }
        }
        return attach(villageCode, eventId, evidence, by);
    }

    /** The evidence of the village's event, in the order it was added. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> list(String villageCode, String eventId) {
        Village village = villages.byCode(villageCode);
        BehaviourEvent event = events.findByVillageIdAndEventId(village.id(), eventId)
                .orElseThrow(() -> new EventNotFound(villageCode, eventId));
        return of(event, villageCode);
    }

    /** The evidence of an event already found, for a trace. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> of(BehaviourEvent event, String villageCode) {
        return items.listed(event.id()).stream().map(listed -> listed.item(villageCode)).toList();
    }

    /** The stored bytes of one piece of evidence of the village. */
    @Transactional(readOnly = true)
    public EvidenceFile download(String villageCode, long id) {
        Village village = villages.byCode(villageCode);
        Evidence evidence = items.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new EvidenceNotFound(villageCode, id));
        String name = evidence.fileName() != null ? evidence.fileName() : "note-" + id + ".txt";
        return new EvidenceFile(name, evidence.contentType(), evidence.content());
    }

    /** The row to store, or the refusal that says what is wrong with what was sent. */
    private Evidence checked(BehaviourEvent event, NewEvidence evidence, Actor by) {
        String note = evidence.note();
        if (note != null && note.length() > EvidenceLimits.MAX_NOTE_CHARS) {
            throw new MalformedRequest("说明最多 " + EvidenceLimits.MAX_NOTE_CHARS + " 个字，现有 " + note.length()
                    + " 个字");
        }
        byte[] content = evidence.content();
        if (content == null) {
            if (note == null) {
                throw new MalformedRequest("请上传一个文件（照片或 PDF，字段 file），或填写说明（字段 note）");
            }
            return new Evidence(event, EvidenceKind.NOTE, null, NOTE_TYPE, note.getBytes(StandardCharsets.UTF_8),
                    note, by.username(), clock.instant());
        }
        UploadedFile file = UploadedFile.checked(evidence.fileName(), content, "evidence");
        return new Evidence(event, file.kind(), file.name(), file.contentType(), content, note, by.username(),
                clock.instant());
    }
}
