package com.regionops.knowledge;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface KnowledgeMapper {

  void insertEntry(KeyedRow<KnowledgeEntry> row);

  KnowledgeEntry findEntry(long id);

  /** The entry, its row locked: versions of one entry are numbered and published one at a time. */
  KnowledgeEntry findEntryForUpdate(long id);

  /** The draft a 后评估会's minutes made for one lesson number, or null. */
  KnowledgeEntry findByOrigin(@Param("gateReviewId") long gateReviewId, @Param("slot") int slot);

  /** Entries drafted from a 后评估会 round, by lesson number. */
  List<KnowledgeEntry> findByGateReview(long gateReviewId);

  int setLatestVersion(@Param("id") long id, @Param("version") int version);

  /** The published version; published_at stays the first publication (what 知识指标 counts a year by). */
  int setPublished(@Param("id") long id, @Param("version") int version, @Param("at") LocalDateTime at);

  void insertVersion(KnowledgeVersion version);

  KnowledgeVersion findVersion(@Param("entryId") long entryId, @Param("versionNo") int versionNo);

  List<KnowledgeVersion> findVersions(long entryId);

  /** A draft's text and tags, while it is a draft (or in review, when its author revises a returned one). */
  int updateText(@Param("entryId") long entryId, @Param("versionNo") int versionNo, @Param("title") String title,
      @Param("body") String body, @Param("tags") String tags, @Param("editedBy") String editedBy);

  int setVersionStatus(@Param("entryId") long entryId, @Param("versionNo") int versionNo,
      @Param("from") VersionStatus from, @Param("to") VersionStatus to);

  int startReview(@Param("entryId") long entryId, @Param("versionNo") int versionNo,
      @Param("processInstanceId") String processInstanceId);

  int recordReview(@Param("entryId") long entryId, @Param("versionNo") int versionNo,
      @Param("comment") String comment, @Param("reviewedBy") String reviewedBy);

  int publishVersion(@Param("entryId") long entryId, @Param("versionNo") int versionNo, @Param("at") LocalDateTime at);

  /** Entries whose latest version is not published yet, that the given author wrote or the regions review. */
  List<WorkingEntry> findWorking(@Param("author") String author, @Param("regionCodes") Collection<String> regionCodes,
      @Param("all") boolean all);

  /** Published entries after an id, in id order: the index's rebuild reads them a page at a time. */
  List<PublishedEntry> findPublishedPage(@Param("afterId") long afterId, @Param("limit") int limit);

  /** The published version of these entries (entries without one are missing). */
  List<PublishedEntry> findPublished(@Param("ids") Collection<Long> ids);

  void insertChange(@Param("entryId") long entryId, @Param("at") LocalDateTime at);

  /** Changes after a seq, and those since a time again (a lower seq may commit after a higher one). */
  List<Change> findChanges(@Param("afterSeq") long afterSeq, @Param("since") LocalDateTime since);

  Long findLastChange();

  /** Published entries of a region's projects and functions in a year, counted per project and per function. */
  List<Contribution> countContributions(@Param("regionCode") String regionCode, @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  void insertTarget(KnowledgeTarget target);

  int deleteTargets(@Param("regionCode") String regionCode, @Param("year") int year);

  List<KnowledgeTarget> findTargets(@Param("regionCode") String regionCode, @Param("year") int year);

  /** A change row: an entry was published, or another version of it was. */
  record Change(long seq, long entryId) {
  }

  /** An entry whose latest version is a draft or in review, with that version's title and status. */
  record WorkingEntry(long id, KnowledgeKind kind, String scope, String regionCode, String projectCode, String author,
      int latestVersion, Integer publishedVersion, String title, VersionStatus status, LocalDateTime createdAt) {
  }

  /** ownerType PROJECT (ownerCode: project code) or FUNCTION (its group id), and its published entries. */
  record Contribution(String ownerType, String ownerCode, int published) {
  }
}
