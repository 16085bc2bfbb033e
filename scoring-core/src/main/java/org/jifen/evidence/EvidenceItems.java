package org.jifen.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
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

    /** The village's evidence after a position of its evidence chain, in chain order, without the bytes. */
    @Query("""
            select new org.jifen.evidence.LinkedEvidence(e.id, e.chain.seq, e.chain.hash, e.chain.format, e.villageId,
                e.eventRowId, e.eventId, e.kind, e.fileName, e.contentType, e.size, e.sha256, e.note, e.addedBy,
                e.addedAt)
            from Evidence e where e.villageId = ?1 and e.chain.seq > ?2 order by e.chain.seq""")
    List<LinkedEvidence> findLinkedAfter(long villageId, long afterSeq, Pageable page);

    /** Evidence stored before the chain existed, oldest first (a page at a time: the bytes come with it). */
    List<Evidence> findByVillageIdAndChainSeqIsNullOrderById(long villageId, Pageable page);

    static String downloadPath(String villageCode, long id) {
        return "/api/villages/" + villageCode + "/evidence/" + id;
    }
}
