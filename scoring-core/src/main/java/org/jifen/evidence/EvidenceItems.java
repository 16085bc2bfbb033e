package org.jifen.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The evidence store: inserts and reads only. Lists never load the bytes. */
interface EvidenceItems extends Repository<Evidence, Long> {

    Evidence save(Evidence evidence);

    Optional<Evidence> findByIdAndVillageId(long id, long villageId);

    long countByEventRowId(long eventRowId);

    /** The evidence of an event in the order it was added, without the bytes. */
    @Query("""
            select new org.jifen.evidence.ListedEvidence(e.id, e.eventId, e.kind, e.fileName, e.contentType,
                e.size, e.sha256, e.note, e.addedBy, e.addedAt)
            from Evidence e where e.eventRowId = ?1 order by e.id""")
    List<ListedEvidence> listed(long eventRowId);

    static String downloadPath(String villageCode, long id) {
        return "/api/villages/" + villageCode + "/evidence/" + id;
    }
}
