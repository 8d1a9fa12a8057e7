package com.regionops.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_knowledge_entry, its versions, the change log and 知识指标, on H2 and MariaDB. */
class KnowledgeMapperTest {

  static final LocalDateTime DRAFTED = LocalDateTime.of(2027, 3, 1, 10, 0);

  static long entry(KnowledgeMapper mapper, String region, String project, String function, Long gateReviewId,
      Integer slot) {
    KeyedRow<KnowledgeEntry> row = new KeyedRow<>(new KnowledgeEntry(null, KnowledgeKind.LESSON, KnowledgeEntry.REGION,
        region, project, gateReviewId, slot, null, "author", function, 1, null, DRAFTED, null));
    mapper.insertEntry(row);
    mapper.insertVersion(new KnowledgeVersion(row.getId(), 1, "预售证延误" + Fixtures.FOUR_BYTE_TEXT,
        "正文" + Fixtures.FOUR_BYTE_TEXT + "长".repeat(3990), "OPENING_PLANNING,RESIDENTIAL", VersionStatus.DRAFT,
        "author", DRAFTED, null, null, null, null));
    return row.getId();
  }

  static void publish(KnowledgeMapper mapper, long id, int version, LocalDateTime at) {
    mapper.setVersionStatus(id, version, VersionStatus.DRAFT, VersionStatus.IN_REVIEW);
    assertThat(mapper.publishVersion(id, version, at)).isEqualTo(1);
    mapper.setPublished(id, version, at);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionsAreEditedAsDraftsPublishedOnceAndReadAsTheIndexReadsThem(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KnowledgeMapper mapper = session.getMapper(KnowledgeMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      long id = entry(mapper, region.code(), project.code(), "fn-marketing", null, null);

      KnowledgeVersion read = mapper.findVersion(id, 1);
      assertThat(read.title()).isEqualTo("预售证延误" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.body()).hasSize(2 + Fixtures.FOUR_BYTE_TEXT.length() + 3990);
      assertThat(mapper.updateText(id, 1, "改", "改正文", "PERMIT", "editor")).isEqualTo(1);
      assertThat(mapper.findWorking("author", Set.of(), false)).extracting(KnowledgeMapper.WorkingEntry::id).contains(id);
      assertThat(mapper.findWorking("nobody", Set.of(region.code()), false)).extracting(KnowledgeMapper.WorkingEntry::id)
          .contains(id);
      assertThat(mapper.findWorking("nobody", Set.of(), false)).extracting(KnowledgeMapper.WorkingEntry::id)
          .doesNotContain(id);

      publish(mapper, id, 1, DRAFTED.plusDays(1));
      assertThat(mapper.publishVersion(id, 1, DRAFTED.plusDays(2))).as("once").isZero();
      assertThat(mapper.updateText(id, 1, "再改", "x", "", "editor")).as("a published version is frozen").isZero();
      assertThat(mapper.findWorking("author", Set.of(), false)).extracting(KnowledgeMapper.WorkingEntry::id)
          .doesNotContain(id);
      mapper.insertVersion(new KnowledgeVersion(id, 2, "第二版", "第二版正文", "PERMIT", VersionStatus.DRAFT, "author",
          DRAFTED.plusDays(3), null, null, null, null));
      mapper.setLatestVersion(id, 2);
      publish(mapper, id, 2, DRAFTED.plusDays(4));
      assertThat(mapper.setVersionStatus(id, 1, VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)).isEqualTo(1);

      KnowledgeEntry entry = mapper.findEntryForUpdate(id);
      assertThat(entry.publishedVersion()).isEqualTo(2);
      assertThat(entry.publishedAt()).as("the first publication is kept").isEqualTo(DRAFTED.plusDays(1));
      assertThat(entry.authorFunction()).isEqualTo("fn-marketing");
      assertThat(mapper.findVersions(id)).extracting(KnowledgeVersion::status)
          .containsExactly(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED);
      PublishedEntry published = mapper.findPublished(List.of(id)).get(0);
      assertThat(published.title()).isEqualTo("第二版");
      assertThat(published.version()).isEqualTo(2);
      assertThat(mapper.findPublishedPage(id - 1, 10)).extracting(PublishedEntry::id).containsExactly(id);
      assertThat(mapper.findPublishedPage(id, 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aMeetingsLessonSlotHoldsOneEntry(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KnowledgeMapper mapper = session.getMapper(KnowledgeMapper.class);
      Region region = Fixtures.region(session);
      long gateReviewId = System.nanoTime() % 1_000_000_000L;
      long first = entry(mapper, region.code(), null, null, gateReviewId, 1);
      long second = entry(mapper, region.code(), null, null, gateReviewId, 2);
      assertThat(mapper.findByOrigin(gateReviewId, 1).id()).isEqualTo(first);
      assertThat(mapper.findByGateReview(gateReviewId)).extracting(KnowledgeEntry::id).containsExactly(first, second);
      assertThatThrownBy(() -> entry(mapper, region.code(), null, null, gateReviewId, 1))
          .isInstanceOf(org.apache.ibatis.exceptions.PersistenceException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void changesAreReadAfterASeqAndAgainWithinTheLookback(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KnowledgeMapper mapper = session.getMapper(KnowledgeMapper.class);
      Long before = mapper.findLastChange();
      long after = before == null ? 0 : before;
      LocalDateTime now = LocalDateTime.of(2030, 1, 1, 12, 0);
      mapper.insertChange(101, now.minusMinutes(5));
      mapper.insertChange(102, now);
      long last = mapper.findLastChange();
      assertThat(last).isGreaterThan(after);
      assertThat(mapper.findChanges(after, now.plusYears(1))).extracting(KnowledgeMapper.Change::entryId)
          .containsExactly(101L, 102L);
      assertThat(mapper.findChanges(last, now.plusYears(1))).as("nothing after the last").isEmpty();
      assertThat(mapper.findChanges(last, now.minusMinutes(1))).as("the lookback reads the recent one again")
          .extracting(KnowledgeMapper.Change::entryId).containsExactly(102L);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void contributionsAreCountedPerProjectAndFunctionInTheYearOfFirstPublication(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      KnowledgeMapper mapper = session.getMapper(KnowledgeMapper.class);
      Region region = Fixtures.region(session);
      Project project = Fixtures.project(session, region.code());
      publish(mapper, entry(mapper, region.code(), project.code(), "fn-design", null, null), 1,
          LocalDateTime.of(2027, 1, 1, 0, 0));
      publish(mapper, entry(mapper, region.code(), project.code(), null, null, null), 1,
          LocalDateTime.of(2027, 12, 31, 23, 59));
      publish(mapper, entry(mapper, region.code(), project.code(), "fn-design", null, null), 1,
          LocalDateTime.of(2028, 1, 1, 0, 0));
      entry(mapper, region.code(), project.code(), "fn-design", null, null); // a draft counts for nothing

      List<KnowledgeMapper.Contribution> counted = mapper.countContributions(region.code(),
          LocalDateTime.of(2027, 1, 1, 0, 0), LocalDateTime.of(2028, 1, 1, 0, 0));
      assertThat(counted).containsExactlyInAnyOrder(new KnowledgeMapper.Contribution("PROJECT", project.code(), 2),
          new KnowledgeMapper.Contribution("FUNCTION", "fn-design", 1));

      mapper.insertTarget(new KnowledgeTarget(region.code(), 2027, KnowledgeTarget.PROJECT, project.code(), 2, "ops",
          DRAFTED));
      mapper.insertTarget(new KnowledgeTarget(region.code(), 2027, KnowledgeTarget.FUNCTION, "fn-design", 1, "ops",
          DRAFTED));
      assertThat(mapper.findTargets(region.code(), 2027)).extracting(KnowledgeTarget::ownerCode)
          .containsExactly(project.code(), "fn-design");
      assertThat(mapper.deleteTargets(region.code(), 2027)).isEqualTo(2);
      assertThat(mapper.findTargets(region.code(), 2027)).isEmpty();
    }
  }
}
