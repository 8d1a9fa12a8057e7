package com.regionops.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Search quality on a fixed corpus (src/test/resources/knowledge/search-corpus.json): for each query the entries
 * that contain all its words rank first, ahead of hard distractors (施工许可证延误 for 「预售证 延误」); filters and
 * visibility narrow; a query the analyzer keeps nothing of finds nothing.
 */
class KnowledgeSearchTest {

  static final Map<Long, String> KEYS = new HashMap<>();
  static final List<Arguments> QUERIES = new ArrayList<>();
  static KnowledgeIndex index;

  @BeforeAll
  static void index() throws Exception {
    JsonNode corpus;
    try (InputStream in = KnowledgeSearchTest.class.getResourceAsStream("/knowledge/search-corpus.json")) {
      corpus = new ObjectMapper().readTree(in);
    }
    List<PublishedEntry> entries = new ArrayList<>();
    long id = 0;
    for (JsonNode e : corpus.get("entries")) {
      id++;
      KEYS.put(id, e.get("key").asText());
      List<String> tags = new ArrayList<>();
      e.get("tags").forEach(t -> tags.add(t.asText()));
      // every third entry is a region's own (EAST): the others are the group's
      boolean east = id % 3 == 0;
      entries.add(new PublishedEntry(id, KnowledgeKind.valueOf(e.get("kind").asText()),
          east ? KnowledgeEntry.REGION : KnowledgeEntry.GROUP, east ? "EAST" : "SOUTH", null, "author", 1,
          e.get("title").asText(), e.get("body").asText(), String.join(",", tags),
          LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(id)));
    }
    for (JsonNode q : corpus.get("queries")) {
      List<String> top = new ArrayList<>();
      q.get("top").forEach(t -> top.add(t.asText()));
      QUERIES.add(Arguments.of(q.get("q").asText(), top));
    }
    KnowledgeMapper mapper = mock(KnowledgeMapper.class);
    when(mapper.findPublishedPage(eq(0L), org.mockito.ArgumentMatchers.anyInt())).thenReturn(entries);
    when(mapper.findPublishedPage(org.mockito.ArgumentMatchers.longThat(after -> after > 0),
        org.mockito.ArgumentMatchers.anyInt())).thenReturn(List.of());
    KnowledgeTags tags = mock(KnowledgeTags.class);
    Map<String, KnowledgeTags.Tag> vocabulary = new LinkedHashMap<>();
    vocabulary.put("OPENING_PLANNING", new KnowledgeTags.Tag("GATE", "OPENING_PLANNING", "开盘策划会"));
    vocabulary.put("HANDOVER", new KnowledgeTags.Tag("CATEGORY", "HANDOVER", "交楼"));
    when(tags.vocabulary()).thenReturn(vocabulary);
    index = new KnowledgeIndex(mapper, tags, new KnowledgeSettings(Duration.ofHours(1), Duration.ofHours(1)));
    index.start();
    assertThat(index.awaitReady(Duration.ofSeconds(30))).isTrue();
  }

  @AfterAll
  static void close() {
    index.stop();
  }

  static Stream<Arguments> queries() {
    return QUERIES.stream();
  }

  static List<String> keys(List<KnowledgeIndex.Hit> hits) {
    return hits.stream().map(h -> KEYS.get(h.id())).toList();
  }

  static KnowledgeIndex.Filter everything() {
    return new KnowledgeIndex.Filter(null, List.of(), null, null);
  }

  @ParameterizedTest
  @MethodSource("queries")
  void theEntriesWithEveryWordRankFirst(String query, List<String> top) {
    List<String> found = keys(index.search(query, everything(), 10));
    assertThat(found.subList(0, top.size())).as("%s → %s", query, found).containsExactlyInAnyOrderElementsOf(top);
    assertThat(found.size()).as("the distractors still come, after").isGreaterThan(top.size());
  }

  @Test
  void anAbbreviationFindsWhatIsSpelledOut() {
    assertThat(index.words("预售证")).contains("许可证");
    List<String> found = keys(index.search("预售许可证 延误", everything(), 3));
    assertThat(found).containsExactlyInAnyOrder("presale-delay-1", "presale-delay-2", "presale-delay-3");
  }

  @Test
  void aQueryOfOnlyPunctuationFindsNothingAndNoQueryListsTheNewestFirst() {
    assertThat(index.search("！？。，、…—", everything(), 10)).isEmpty();
    assertThat(index.search("*?:\"()[]{}^~\\", everything(), 10)).isEmpty();
    List<KnowledgeIndex.Hit> newest = index.search(null, everything(), 5);
    assertThat(newest).extracting(KnowledgeIndex.Hit::id).containsExactly(40L, 39L, 38L, 37L, 36L);
  }

  @Test
  void filtersNarrowAndARegionsEntriesStayInTheRegion() {
    List<KnowledgeIndex.Hit> lessons = index.search("延误", new KnowledgeIndex.Filter(KnowledgeKind.LESSON, List.of(),
        null, null), 50);
    assertThat(lessons).isNotEmpty().allMatch(h -> h.kind() == KnowledgeKind.LESSON);
    List<KnowledgeIndex.Hit> permit = index.search(null, new KnowledgeIndex.Filter(null, List.of("PERMIT"), null, null),
        50);
    assertThat(permit).isNotEmpty().allMatch(h -> h.tags().contains("PERMIT"));
    List<KnowledgeIndex.Hit> south = index.search(null, new KnowledgeIndex.Filter(null, List.of(), null,
        Set.of(KnowledgeEntry.GROUP, "SOUTH")), 50);
    assertThat(south).hasSize(40 - 13).noneMatch(h -> h.id() % 3 == 0);
    List<KnowledgeIndex.Hit> east = index.search(null, new KnowledgeIndex.Filter(null, List.of(), "EAST", null), 50);
    assertThat(east).hasSize(13).allMatch(h -> h.id() % 3 == 0);
  }

  @Test
  void aNodeStillBuildingItsIndexSaysSoAndShowsNoLessons() {
    KnowledgeIndex building = new KnowledgeIndex(mock(KnowledgeMapper.class), mock(KnowledgeTags.class),
        KnowledgeSettings.DEFAULTS);
    KnowledgeService service = new KnowledgeService(mock(KnowledgeMapper.class), mock(KnowledgeTags.class), building,
        null, null, null, null, null, null);
    com.regionops.platform.security.ApiUser reader = new com.regionops.platform.security.ApiUser("reader",
        Set.of("region-ops"), Set.of("SOUTH"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.search(reader, "预售", null, null, null, null, null,
        null, null)).isInstanceOfSatisfying(com.regionops.platform.web.ApiException.class, e -> assertThat(e.status())
            .isEqualTo(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE));
    assertThat(service.forGate(reader, "OPENING_PLANNING", null, Set.of(KnowledgeKind.LESSON), 5)).isEmpty();
    assertThat(index.isReady()).as("the built one is").isTrue();
  }

  @Test
  void aSnippetStartsNearTheFirstWordItContains() {
    String body = "甲".repeat(200) + "预售许可证延误" + "乙".repeat(200);
    String snippet = KnowledgeIndex.snippet(body, List.of("预售", "延误"), 60);
    assertThat(snippet).startsWith("…").endsWith("…").contains("预售许可证延误");
    assertThat(KnowledgeIndex.snippet("短正文", List.of("无"), 60)).isEqualTo("短正文");
  }
}
