package com.regionops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.regionops.org.Project;
import com.regionops.org.Region;
import com.regionops.platform.engine.KeyedRow;
import com.regionops.policy.PolicyMapper.AcknowledgementRow;
import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ro_policy, its acknowledgements and quiz attempts, on H2 and MariaDB. */
class PolicyMapperTest {

  static final LocalDateTime PUBLISHED = LocalDateTime.of(2027, 3, 1, 10, 0);
  static final String QUIZ = new Quiz(List.of(new Quiz.Question("样板先行适用于哪些工序？" + Fixtures.FOUR_BYTE_TEXT,
      List.of("所有批量施工工序", "仅主体结构"), "A"))).toJson();

  static Policy policy(String scope, String region, String number, int version, LocalDateTime publishedAt) {
    return new Policy(null, scope, region, region == null ? Policy.GROUP : region, number, version,
        "工程质量管理制度" + Fixtures.FOUR_BYTE_TEXT, "要点" + Fixtures.FOUR_BYTE_TEXT, LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 15), "region-ops,project-office", QUIZ, 1, "ops.south", publishedAt, null, null);
  }

  static long insert(PolicyMapper mapper, Policy policy) {
    KeyedRow<Policy> row = new KeyedRow<>(policy);
    mapper.insert(row);
    return row.getId();
  }

  static void ask(PolicyMapper mapper, long policyId, String user, String region, String project, String group) {
    mapper.insertAcknowledgement(new KeyedRow<>(new PolicyAcknowledgement(null, policyId, user, region, project, group,
        AckStatus.PENDING, 0, null, null)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void versionsAreKeptPerIssuerSupersededOnceAndListedForTheRegionsThatSeeThem(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PolicyMapper mapper = session.getMapper(PolicyMapper.class);
      Region south = Fixtures.region(session);
      Region east = Fixtures.region(session);
      String number = Fixtures.code("ZD");
      long group = insert(mapper, policy(Policy.GROUP, null, number, 1, PUBLISHED));
      long v1 = insert(mapper, policy(Policy.REGION, south.code(), number, 1, PUBLISHED.plusHours(1)));
      long v2 = insert(mapper, policy(Policy.REGION, south.code(), number, 2, PUBLISHED.plusHours(2)));
      long other = insert(mapper, policy(Policy.REGION, east.code(), Fixtures.code("ZD"), 1, PUBLISHED.plusHours(3)));

      Policy read = mapper.findById(v1);
      assertThat(read.title()).isEqualTo("工程质量管理制度" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.summary()).isEqualTo("要点" + Fixtures.FOUR_BYTE_TEXT);
      assertThat(read.groups()).containsExactly("region-ops", "project-office");
      assertThat(read.parsedQuiz().questions()).singleElement().satisfies(q -> {
        assertThat(q.text()).endsWith(Fixtures.FOUR_BYTE_TEXT);
        assertThat(q.answer()).isEqualTo("A");
      });
      assertThat(read.passMark()).isEqualTo(1);
      assertThat(read.publishedAt()).isEqualTo(PUBLISHED.plusHours(1));
      assertThat(read.acknowledgeBy()).isEqualTo(LocalDate.of(2027, 3, 15));
      assertThat(read.byGroup()).isFalse();
      assertThat(mapper.findById(group).byGroup()).isTrue();

      assertThat(mapper.findVersions(south.code(), number)).extracting(Policy::id).containsExactly(v2, v1);
      assertThat(mapper.findVersions(Policy.GROUP, number)).extracting(Policy::id).as("the group's own series")
          .containsExactly(group);
      assertThat(mapper.supersede(v1, v2, PUBLISHED.plusHours(2))).isEqualTo(1);
      assertThat(mapper.supersede(v1, v2, PUBLISHED.plusHours(5))).as("once").isZero();
      assertThat(mapper.findById(v1).supersededBy()).isEqualTo(v2);
      assertThat(mapper.findById(v1).supersededAt()).isEqualTo(PUBLISHED.plusHours(2));

      assertThat(mapper.findVisible(Set.of(south.code()))).extracting(Policy::id).as("newest first")
          .containsSubsequence(v2, v1, group).doesNotContain(other);
      assertThat(mapper.findVisible(Set.of())).extracting(Policy::id).contains(group).doesNotContain(v1, v2, other);
      assertThat(mapper.findVisible(null)).extracting(Policy::id).contains(group, v1, v2, other);

      assertThatThrownBy(() -> insert(mapper, policy(Policy.REGION, south.code(), number, 2, PUBLISHED)))
          .as("one row per issuer, number and version").isInstanceOf(RuntimeException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void peopleAreAskedAcknowledgeOrPassTheQuizAndWhatIsPendingIsSuperseded(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      PolicyMapper mapper = session.getMapper(PolicyMapper.class);
      Region south = Fixtures.region(session);
      Region east = Fixtures.region(session);
      Project project = Fixtures.project(session, south.code());
      String number = Fixtures.code("ZD");
      long earlier = insert(mapper, policy(Policy.GROUP, null, number, 1, PUBLISHED.minusDays(30)));
      long id = insert(mapper, policy(Policy.GROUP, null, number, 2, PUBLISHED));
      ask(mapper, earlier, "u.ops", south.code(), null, "region-ops");
      mapper.acknowledge(earlier, "u.ops", PUBLISHED.minusDays(29));
      ask(mapper, id, "u.office", south.code(), project.code(), "project-office");
      ask(mapper, id, "u.ops", south.code(), null, "region-ops");
      ask(mapper, id, "u.east", east.code(), null, "region-ops");

      assertThat(mapper.findAudience(id, south.code())).containsExactly("u.office", "u.ops");
      assertThat(mapper.findAudience(id, east.code())).containsExactly("u.east");
      PolicyAcknowledgement asked = mapper.findAcknowledgement(id, "u.office");
      assertThat(asked.status()).isEqualTo(AckStatus.PENDING);
      assertThat(asked.projectCode()).isEqualTo(project.code());
      assertThat(asked.groupId()).isEqualTo("project-office");
      assertThat(asked.attempts()).isZero();
      assertThat(asked.score()).isNull();

      assertThat(mapper.acknowledge(id, "u.ops", PUBLISHED.plusDays(1))).isEqualTo(1);
      assertThat(mapper.acknowledge(id, "u.ops", PUBLISHED.plusDays(2))).as("a repeat changes nothing").isZero();
      assertThat(mapper.findAcknowledgement(id, "u.ops").acknowledgedAt()).isEqualTo(PUBLISHED.plusDays(1));

      mapper.insertAttempt(new KeyedRow<>(new QuizAttempt(null, id, "u.office", 1, 0, 1, false, "B", PUBLISHED.plusDays(1))));
      assertThat(mapper.recordQuizResult(id, "u.office", 0, false, PUBLISHED.plusDays(1))).isEqualTo(1);
      PolicyAcknowledgement failed = mapper.findAcknowledgement(id, "u.office");
      assertThat(failed.status()).isEqualTo(AckStatus.PENDING);
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(failed.score()).isZero();
      assertThat(failed.acknowledgedAt()).isNull();
      mapper.insertAttempt(new KeyedRow<>(new QuizAttempt(null, id, "u.office", 2, 1, 1, true, "A", PUBLISHED.plusDays(2))));
      mapper.recordQuizResult(id, "u.office", 1, true, PUBLISHED.plusDays(2));
      PolicyAcknowledgement passed = mapper.findAcknowledgement(id, "u.office");
      assertThat(passed.status()).isEqualTo(AckStatus.PASSED);
      assertThat(passed.attempts()).isEqualTo(2);
      assertThat(passed.acknowledgedAt()).isEqualTo(PUBLISHED.plusDays(2));
      assertThat(mapper.findAttempts(id, "u.office")).extracting(QuizAttempt::attemptNo, QuizAttempt::passed,
          QuizAttempt::answers).containsExactly(tuple(1, false, "B"), tuple(2, true, "A"));
      assertThat(mapper.findTrainingRecords("u.office")).singleElement().satisfies(record -> {
        assertThat(record.policyId()).isEqualTo(id);
        assertThat(record.number()).isEqualTo(number);
        assertThat(record.version()).isEqualTo(2);
        assertThat(record.title()).endsWith(Fixtures.FOUR_BYTE_TEXT);
        assertThat(record.score()).isEqualTo(1);
        assertThat(record.questionCount()).isEqualTo(1);
        assertThat(record.passMark()).isEqualTo(1);
        assertThat(record.attemptNo()).isEqualTo(2);
        assertThat(record.passedAt()).isEqualTo(PUBLISHED.plusDays(2));
      });
      assertThatThrownBy(() -> mapper.insertAttempt(new KeyedRow<>(new QuizAttempt(null, id, "u.office", 2, 1, 1,
          true, "A", PUBLISHED.plusDays(2))))).as("an attempt is recorded once").isInstanceOf(RuntimeException.class);

      assertThat(mapper.supersedePending(id, east.code())).isEqualTo(1);
      assertThat(mapper.supersedePending(id, south.code())).as("nothing pending in the south").isZero();
      assertThat(mapper.findAcknowledgement(id, "u.east").status()).isEqualTo(AckStatus.SUPERSEDED);

      List<AcknowledgementRow> southHistory = mapper.findHistory(Policy.GROUP, number, Set.of(south.code()));
      assertThat(southHistory).extracting(AcknowledgementRow::version, AcknowledgementRow::userId,
          AcknowledgementRow::status).containsExactly(tuple(2, "u.office", AckStatus.PASSED),
              tuple(2, "u.ops", AckStatus.ACKNOWLEDGED), tuple(1, "u.ops", AckStatus.ACKNOWLEDGED));
      assertThat(southHistory.get(2).acknowledgedAt()).isEqualTo(PUBLISHED.minusDays(29));
      assertThat(mapper.findHistory(Policy.GROUP, number, null)).hasSize(4);

      assertThatThrownBy(() -> ask(mapper, id, "u.ops", east.code(), null, "region-ops"))
          .as("one row per person and version").isInstanceOf(RuntimeException.class);
    }
  }
}
