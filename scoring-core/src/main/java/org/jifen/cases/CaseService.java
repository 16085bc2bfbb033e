package org.jifen.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.access.VillageForbidden;
import org.jifen.files.EvidenceFile;
import org.jifen.files.StoredFile;
import org.jifen.files.UploadedFile;
import org.jifen.household.Household;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Typical cases: submitted by villages with their photos; reviewed, shortlisted and published by the township. */
@Service
public class CaseService {

    /** Photos a case may carry. */
    static final int MAX_PHOTOS = 10;

    private final VillageService villageService;
    private final Villages villages;
    private final Households households;
    private final TypicalCases cases;
    private final CaseSteps steps;
    private final CasePhotos photos;
    private final Clock clock;

    CaseService(VillageService villageService, Villages villages, Households households, TypicalCases cases,
            CaseSteps steps, CasePhotos photos, Clock clock) {
        this.villageService = villageService;
        this.villages = villages;
        this.households = households;
        this.cases = cases;
        this.steps = steps;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional
    public CaseView submit(String villageCode, NewCase request, Actor by) {
        Village village = villageService.byCode(villageCode);
        for (Long household : request.households()) {
            households.findByIdAndVillageId(household, village.id())
                    .orElseThrow(() -> new HouseholdNotFound(villageCode, household));
        }
        Instant now = clock.instant();
        TypicalCase saved = cases.save(new TypicalCase(village.id(), request.title().strip(), request.text(),
                request.households().stream().distinct().toList(), request.items(), by.username(), now));
        steps.save(new CaseStep(saved, CaseStepKind.SUBMITTED, null, by.username(), now));
        return views(List.of(saved)).get(0);
    }

    /** A photo chosen with a case on its form: the file's name as sent, and its bytes. */
    public record NewPhoto(@Nullable String fileName, byte[] content) {
    }

    /**
     * A case submitted from the village's page with its photos, in one transaction: a refused photo (not a picture or
     * PDF, too large, too many) submits nothing, so the form can be sent again as it is.
     */
    @Transactional
    public CaseView submit(String villageCode, NewCase request, List<NewPhoto> photos, Actor by) {
        if (photos.size() > MAX_PHOTOS) {
            throw new CasePhotoLimitReached(0, MAX_PHOTOS);
        }
        CaseView submitted = submit(villageCode, request, by);
        for (NewPhoto photo : photos) {
            addPhoto(villageCode, submitted.id(), photo.fileName(), photo.content(), by);
        }
        return one(villageCode, submitted.id());
    }

    @Transactional
    public CaseView.Photo addPhoto(String villageCode, long id, @Nullable String fileName, byte[] content,
            Actor by) {
        Village village = villageService.byCode(villageCode);
        TypicalCase typicalCase = cases.lock(id).filter(c -> c.getVillageId() == village.id())
                .orElseThrow(() -> new CaseNotFound(id));
        if (typicalCase.getStatus() == CaseStatus.SHORTLISTED || typicalCase.getStatus() == CaseStatus.PUBLISHED) {
            throw new CaseAlreadyReviewedForPhotos(id, typicalCase.getStatus());
        }
        if (photos.countByCaseId(id) >= MAX_PHOTOS) {
            throw new CasePhotoLimitReached(id, MAX_PHOTOS);
        }
        CasePhoto photo = photos.save(new CasePhoto(typicalCase, UploadedFile.checked(fileName, content, "photo"),
                by.username(), clock.instant()));
        StoredFile file = photo.file();
        return photo(village.getCode(), new ListedPhoto(photo.id(), photo.getCaseId(), file.getFileName(),
                file.getContentType(), file.getSha256(), file.getSize(), photo.getAddedBy(), photo.getAddedAt()));
    }

    @Transactional(readOnly = true)
    public EvidenceFile photo(String villageCode, long photoId) {
        Village village = villageService.byCode(villageCode);
        CasePhoto photo = photos.findByIdAndVillageId(photoId, village.id())
                .orElseThrow(() -> new CasePhotoNotFound(villageCode, photoId));
        return photo.file().download();
    }

    @Transactional(readOnly = true)
    public List<CaseView> ofVillage(String villageCode) {
        return views(cases.findByVillageIdOrderByIdDesc(villageService.byCode(villageCode).id()));
    }

    @Transactional(readOnly = true)
    public CaseView one(String villageCode, long id) {
        Village village = villageService.byCode(villageCode);
        return views(List.of(cases.findByIdAndVillageId(id, village.id()).orElseThrow(() -> new CaseNotFound(id))))
                .get(0);
    }

    /** Every village's cases, newest first; only those of a status when given. */
    @Transactional(readOnly = true)
    public List<CaseView> all(@Nullable CaseStatus status) {
        return views(status == null ? cases.findAllByOrderByIdDesc() : cases.findByStatusOrderByIdDesc(status));
    }

    @Transactional(readOnly = true)
    public CaseView one(long id, Actor by) {
        TypicalCase typicalCase = cases.findById(id).orElseThrow(() -> new CaseNotFound(id));
        Village village = villages.findById(typicalCase.getVillageId()).orElseThrow();
        if (!by.canRead(village.getCode())) {
            throw VillageForbidden.toRead(village.getCode());
        }
        return views(List.of(typicalCase)).get(0);
    }

    @Transactional
    public CaseView review(long id, CaseReview review, Actor by) {
        TypicalCase typicalCase = cases.lock(id).orElseThrow(() -> new CaseNotFound(id));
        CaseStepKind step = typicalCase.review(review.decision() == CaseReview.Decision.SHORTLIST);
        steps.save(new CaseStep(typicalCase, step, review.note(), by.username(), clock.instant()));
        return views(List.of(typicalCase)).get(0);
    }

    @Transactional
    public CaseView publish(long id, CasePublication publication, Actor by) {
        TypicalCase typicalCase = cases.lock(id).orElseThrow(() -> new CaseNotFound(id));
        typicalCase.publish();
        steps.save(new CaseStep(typicalCase, CaseStepKind.PUBLISHED, publication.note(), by.username(), clock.instant()));
        return views(List.of(typicalCase)).get(0);
    }

    private List<CaseView> views(List<TypicalCase> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(TypicalCase::id).toList();
        Map<Long, List<CaseStep>> stepsOf = steps.findByCaseIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(CaseStep::getCaseId));
        Map<Long, List<ListedPhoto>> photosOf = photos.listed(ids).stream()
                .collect(Collectors.groupingBy(ListedPhoto::caseId));
        Map<Long, Village> villagesById = villages.findAllById(found.stream().map(TypicalCase::getVillageId)
                .distinct().toList()).stream().collect(Collectors.toMap(Village::id, Function.identity()));
        Map<Long, Household> householdsById = households.findAllById(found.stream()
                        .flatMap(c -> c.households().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        return found.stream().map(c -> {
            Village village = villagesById.get(c.getVillageId());
            return new CaseView(c.id(), village.getCode(), village.getName(), c.getTitle(), c.getText(),
                    households(c.households(), householdsById), c.items(), c.getStatus(), c.getStatus().label(),
                    photosOf.getOrDefault(c.id(), List.of()).stream().map(p -> photo(village.getCode(), p)).toList(),
                    stepsOf.getOrDefault(c.id(), List.of()).stream().map(s -> new CaseView.Step(s.getStep(),
                            s.getStep().label(), s.getNote(), s.getTakenBy(), s.getTakenAt())).toList());
        }).toList();
    }

    private static List<CaseView.Household> households(Collection<Long> ids, Map<Long, Household> byId) {
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(h -> new CaseView.Household(h.id(), h.getHouseholdNo(), h.getHeadName(), h.getGroup()))
                .toList();
    }

    private static CaseView.Photo photo(String village, ListedPhoto photo) {
        return new CaseView.Photo(photo.id(), photo.fileName(), photo.contentType(), photo.size(), photo.sha256(),
                "/api/villages/" + village + "/case-photos/" + photo.id(), photo.addedBy(), photo.addedAt());
    }
}
