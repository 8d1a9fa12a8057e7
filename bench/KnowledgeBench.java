import com.regionops.knowledge.KnowledgeEntry;
import com.regionops.knowledge.KnowledgeIndex;
import com.regionops.knowledge.KnowledgeKind;
import com.regionops.knowledge.KnowledgeMapper;
import com.regionops.knowledge.KnowledgeSettings;
import com.regionops.knowledge.KnowledgeTags;
import com.regionops.knowledge.KnowledgeVersion;
import com.regionops.knowledge.VersionStatus;
import com.regionops.platform.engine.KeyedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * 知识库 search at scale (issue 24), one JVM, H2 in memory with the app's migrations:
 * <ol>
 * <li>writes N published entries (group and regional, every kind, tags of gates, categories, types and functions;
 * titles and bodies of domain words, 150–400 characters) through the app's mapper;</li>
 * <li>times {@code KnowledgeIndex.rebuild()} — what every node does at start: reads every published entry in pages
 * from the database and indexes it (median of REBUILDS);</li>
 * <li>runs QUERIES queries of one to three words (half with a kind or gate filter, all with a region's visibility)
 * through {@code KnowledgeIndex.search} — analysis, abbreviation expansion, the per-word floor, filters, 20 hits with
 * their stored fields — interleaved with Lucene's own search of the same words on the same index (a plain
 * disjunction of body terms, top 20, no stored fields): the floor. Prints median and p95 of each and the ratio.</li>
 * </ol>
 * <pre>java -Xmx512m -cp "target/classes:target/test-classes:$(cat cp.txt)" bench/KnowledgeBench.java [entries=100000] [queries=2000] [rebuilds=3]</pre>
 */
public class KnowledgeBench {

  static final String[] WORDS = ("预售许可证 施工许可证 规划许可证 延误 推迟 滞后 提前 开盘 首开 去化 定价 价格 蓄客 案场 展示区 样板间 "
      + "交楼 交付 投诉 维修 验收 竣工 备案 工期 穿插 精装 主体结构 封顶 供货 货值 户型 配比 成本 设计变更 限额设计 招标 "
      + "合同 付款 回款 现金流 利润 营销 推售 车位 商业 物业 安全 文明施工 整改 巡检 决议 纪要 节点 计划 调整 纠偏 风险 "
      + "报建 土地 拆迁 市政 配套 景观 幕墙 消防 人防 节能 质量 分户 开放日 业主 客户 满意度 复盘 经验 教训 做法 指引 模板")
      .split(" ");
  static final String[] GATES = {"PROJECT_KICKOFF", "DESIGN_PLANNING", "PERMIT_PLANNING", "ENGINEERING_PLANNING",
      "MARKETING_PLANNING", "SHOWROOM_OPENING", "OPENING_PLANNING", "POST_OPENING_REVIEW", "HANDOVER_PLANNING",
      "PROJECT_POST_EVALUATION"};
  static final String[] OTHER_TAGS = {"PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING", "HANDOVER", "RESIDENTIAL",
      "COMMERCIAL", "MIXED_USE", "fn-design", "fn-engineering", "fn-marketing", "fn-cost"};

  public static void main(String[] args) throws Exception {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int rebuilds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.printf("%s %s, %d cores, max heap %d MB, load %s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, Arrays.toString(ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage() < 0 ? new double[0] : new double[] {ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage()}));

    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:knowledge-bench;MODE=MySQL;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).table("ro_schema_history").placeholders(Map.of("table_options", "")).load()
        .migrate();
    SqlSessionFactory factory;
    try (var config = Resources.getResourceAsReader("mybatis-config.xml")) {
      factory = new SqlSessionFactoryBuilder().build(config);
    }
    Configuration configuration = factory.getConfiguration();
    configuration.setEnvironment(new Environment("bench", new JdbcTransactionFactory(), ds));
    configuration.addMapper(KnowledgeMapper.class);

    long t0 = System.nanoTime();
    Random random = new Random(24);
    try (SqlSession session = factory.openSession(ExecutorType.BATCH, false)) {
      session.getConnection().createStatement().execute(
          "INSERT INTO ro_region (code, name) VALUES ('SOUTH', '华南区域'), ('EAST', '华东区域')");
      KnowledgeMapper mapper = session.getMapper(KnowledgeMapper.class);
      LocalDateTime start = LocalDateTime.of(2020, 1, 1, 9, 0);
      for (int i = 1; i <= entries; i++) {
        String scope = i % 5 == 0 ? KnowledgeEntry.GROUP : KnowledgeEntry.REGION;
        String region = i % 2 == 0 ? "SOUTH" : "EAST";
        KnowledgeKind kind = KnowledgeKind.values()[random.nextInt(KnowledgeKind.values().length)];
        LocalDateTime at = start.plusMinutes(i * 17L);
        KeyedRow<KnowledgeEntry> row = new KeyedRow<>(new KnowledgeEntry(null, kind, scope, region, null, null, null,
            null, "bench", null, 1, 1, at, at));
        mapper.insertEntry(row);
        List<String> tags = new ArrayList<>(List.of(GATES[random.nextInt(GATES.length)],
            OTHER_TAGS[random.nextInt(OTHER_TAGS.length)], OTHER_TAGS[random.nextInt(OTHER_TAGS.length)]));
        mapper.insertVersion(new KnowledgeVersion((long) i, 1, text(random, 4, 8), text(random, 60, 160),
            String.join(",", new java.util.LinkedHashSet<>(tags)), VersionStatus.PUBLISHED, "bench", at, null, null,
            null, at));
        if (i % 2000 == 0) {
          session.flushStatements();
          session.commit();
        }
      }
      session.flushStatements();
      session.commit();
      // published_version is set by the insert above only as latest; mark every entry published in one statement
      session.getConnection().createStatement().execute("UPDATE ro_knowledge_entry SET published_version = 1");
      session.commit();
    }
    System.out.printf("wrote %,d published entries in %.1f s%n", entries, (System.nanoTime() - t0) / 1e9);

    try (SqlSession session = factory.openSession(true)) {
      KnowledgeMapper mapper = session.getMapper(KnowledgeMapper.class);
      KnowledgeTags tags = new KnowledgeTags(null) {
        @Override
        public Map<String, Tag> vocabulary() {
          return Map.of();
        }
      };
      KnowledgeIndex index = new KnowledgeIndex(mapper, tags, new KnowledgeSettings(Duration.ofHours(1),
          Duration.ofHours(1)));
      index.start();
      index.awaitReady(Duration.ofMinutes(10));
      long[] rebuild = new long[rebuilds];
      for (int r = 0; r < rebuilds; r++) {
        rebuild[r] = index.rebuild().millis();
      }
      Arrays.sort(rebuild);
      System.out.printf("rebuild from the database (%,d entries): median %d ms of %d (%s)%n", index.size(),
          rebuild[rebuilds / 2], rebuilds, Arrays.toString(rebuild));

      List<String> texts = new ArrayList<>();
      List<KnowledgeIndex.Filter> filters = new ArrayList<>();
      for (int q = 0; q < queries; q++) {
        int n = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < n; w++) {
          text.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        texts.add(text.toString());
        KnowledgeKind kind = q % 4 == 0 ? KnowledgeKind.LESSON : null;
        List<String> gate = q % 4 == 1 ? List.of(GATES[random.nextInt(GATES.length)]) : List.of();
        filters.add(new KnowledgeIndex.Filter(kind, gate, null, Set.of(KnowledgeEntry.GROUP, "SOUTH")));
      }
      for (int q = 0; q < Math.min(200, queries); q++) { // warm-up of both
        index.search(texts.get(q), filters.get(q), 20);
        bare(index, texts.get(q));
      }
      long[] ours = new long[queries];
      long[] floor = new long[queries];
      long hits = 0;
      for (int q = 0; q < queries; q++) {
        long a = System.nanoTime();
        hits += index.search(texts.get(q), filters.get(q), 20).size();
        long b = System.nanoTime();
        hits += bare(index, texts.get(q));
        long c = System.nanoTime();
        ours[q] = b - a;
        floor[q] = c - b;
      }
      Arrays.sort(ours);
      Arrays.sort(floor);
      double om = ours[queries / 2] / 1e6;
      double op = ours[(int) Math.ceil(queries * 0.95) - 1] / 1e6;
      double fm = floor[queries / 2] / 1e6;
      double fp = floor[(int) Math.ceil(queries * 0.95) - 1] / 1e6;
      System.out.printf("search (%d queries, 1–3 words, half filtered, a region's visibility, 20 hits; %d results read)%n",
          queries, hits);
      System.out.printf("  KnowledgeIndex.search: median %.2f ms, p95 %.2f ms%n", om, op);
      System.out.printf("  Lucene's own search of the same words on the same index (top 20, no stored fields): median %.2f ms, p95 %.2f ms%n",
          fm, fp);
      System.out.printf("  ratio ours / Lucene: median %.2f, p95 %.2f%n", om / fm, op / fp);
      index.stop();
    }
  }

  /** A plain disjunction of the analysed words over the body, top 20: what Lucene does without our ranking. */
  static int bare(KnowledgeIndex index, String text) {
    List<String> words = index.words(text);
    if (words.isEmpty()) {
      return 0;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    words.forEach(w -> query.add(new TermQuery(new Term("body", w)), Occur.SHOULD));
    return index.withSearcher(searcher -> {
      try {
        return searcher.search(query.build(), 20).scoreDocs.length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static String text(Random random, int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(5) == 0) {
        text.append("，");
      }
    }
    return text.append("。").toString();
  }
}
