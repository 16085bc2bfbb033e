package org.jifen.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CasePhotos extends Repository<CasePhoto, Long> {

    CasePhoto save(CasePhoto photo);

    Optional<CasePhoto> findByIdAndVillageId(long id, long villageId);

    /** The photos of these cases without their bytes. */
    @org.springframework.data.jpa.repository.Query("""
            select new org.jifen.cases.ListedPhoto(p.id, p.caseId, p.file.fileName, p.file.contentType,
                p.file.sha256, p.file.size, p.addedBy, p.addedAt) from CasePhoto p where p.caseId in ?1 order by p.id""")
    List<ListedPhoto> listed(Collection<Long> caseIds);

    long countByCaseId(long caseId);
}
