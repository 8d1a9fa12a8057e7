package com.regionops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.regionops.support.Fixtures;
import com.regionops.support.TestDatabase;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationMapperTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anOccasionIsRecordedOnce(TestDatabase db) {
    try (SqlSession session = db.openSession()) {
      NotificationMapper mapper = session.getMapper(NotificationMapper.class);
      String key = Fixtures.code("followup-overdue:");
      String businessKey = Fixtures.code("BK");
      Notification first = new Notification(null, key, "region-ops", "INBOX", "决议逾期" + Fixtures.FOUR_BYTE_TEXT,
          "请督促落实", businessKey, null);

      int inserted = mapper.insertOnce(first);
      int repeated = mapper.insertOnce(new Notification(null, key, "region-president", "INBOX", "重复", null,
          businessKey, null));

      assertThat(inserted).isEqualTo(1);
      assertThat(repeated).isZero();
      assertThat(mapper.findByBusinessKey(businessKey)).singleElement().satisfies(n -> {
        assertThat(n.recipient()).isEqualTo("region-ops");
        assertThat(n.subject()).isEqualTo("决议逾期" + Fixtures.FOUR_BYTE_TEXT);
        assertThat(n.sentAt()).isNotNull();
      });
      assertThat(mapper.findByRecipient("region-president")).noneMatch(n -> n.dedupKey().equals(key));
      String regional = Fixtures.code("supervision:");
      mapper.insertOnce(new Notification(null, regional, "region-ops", "INBOX", "督办红色", null, businessKey, null,
          "SOUTH"));
      assertThat(mapper.findByBusinessKey(businessKey)).extracting(Notification::regionCode)
          .as("a region's matter names its region").containsExactly(null, "SOUTH");
    }
  }
}
