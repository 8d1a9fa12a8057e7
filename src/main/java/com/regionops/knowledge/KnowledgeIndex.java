package com.regionops.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The full-text index of the published library, one per node, in memory: rebuilt from the database at start and
 * kept current from ro_knowledge_change, which every publication writes in its own transaction, so another node's
 * publication is searchable here within one sync interval. The database stays the truth; the index is a copy.
 *
 * <p>Ranking: an entry containing more of the query's words ranks first (each matched word adds a constant far
 * above any BM25 score), and among those BM25 decides, with a word in the title counting three times and in a tag
 * twice. Without that floor, a distractor repeating one word in its title (施工许可证延误) outranks the entry that
 * has every word (预售许可证…延误).
 */
@Component
public class KnowledgeIndex implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

  static final String ID = "id";
  static final String KIND = "kind";
  static final String TAG = "tag";
  static final String REGION = "region";
  static final String VISIBLE = "visible";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String TAG_TEXT = "tagText";
  static final String PUBLISHED = "published";
  static final String SCOPE = "scope";
  static final String PROJECT = "project";
  static final String AUTHOR = "author";
  static final String VERSION = "version";
  static final String TAGS = "tags";
  /** What one matched query word is worth before BM25: more than BM25 ever gives one word here. */
  static final float PER_WORD = 100f;
  static final int MAX_WORDS = 32;
  private static final int PAGE = 1000;

  /** Abbreviations people type for what entries spell out (预售证 for 预售许可证). */
  static final Map<String, String> ABBREVIATIONS = Map.of(
      "预售证", "预售许可证",
      "施工证", "施工许可证",
      "规划证", "建设工程规划许可证",
      "工规证", "建设工程规划许可证",
      "用地证", "建设用地规划许可证",
      "竣备", "竣工验收备案",
      "四证", "土地证 用地规划许可证 工程规划许可证 施工许可证");

  /** What a search returns for one entry. */
  public record Hit(long id, KnowledgeKind kind, String title, String body, List<String> tags, String scope,
      String regionCode, String projectCode, String author, int version, LocalDateTime publishedAt, float score) {
  }

  /**
   * What to search in: kind, tags that must all be there, home region, and the visibility codes the reader may see
   * (GROUP and region codes; null: every entry).
   */
  public record Filter(KnowledgeKind kind, List<String> tags, String regionCode, Set<String> visible) {
  }

  private final KnowledgeMapper mapper;
  private final KnowledgeTags tags;
  private final KnowledgeSettings settings;
  private final Analyzer analyzer = new SmartChineseAnalyzer();
  private final Map<Long, Instant> recentlyApplied = new HashMap<>();
  private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
  private ByteBuffersDirectory directory;
  private IndexWriter writer;
  private SearcherManager searchers;
  private ScheduledExecutorService poller;
  private volatile boolean running;
  private long appliedSeq;

  public KnowledgeIndex(KnowledgeMapper mapper, KnowledgeTags tags, KnowledgeSettings settings) {
    this.mapper = mapper;
    this.tags = tags;
    this.settings = settings;
  }

  /**
   * Opens the index and builds it in the background (100,000 entries take seconds: bench/knowledge.sh), so the node
   * starts without waiting; until it is built, search says so ({@link #isReady}) and publications wait for the sync.
   */
  @Override
  public synchronized void start() {
    try {
      directory = new ByteBuffersDirectory();
      writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the knowledge index", e);
    }
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "knowledge-sync");
      thread.setDaemon(true);
      return thread;
    });
    poller.execute(() -> {
      try {
        Rebuilt rebuilt = rebuild();
        log.info("Knowledge index built: {} entries in {} ms", rebuilt.entries(), rebuilt.millis());
      } catch (RuntimeException e) {
        // the sync below reads every change again from seq 0: the index fills up as it can
        log.error("Knowledge index build failed, catching up from the change log instead: {}", e.toString());
      }
      ready.countDown();
      long interval = settings.syncInterval().toMillis();
      poller.scheduleWithFixedDelay(this::syncQuietly, interval, interval, TimeUnit.MILLISECONDS);
    });
    running = true;
  }

  /** Whether the index holds the library (its first build is done). */
  public boolean isReady() {
    return ready.getCount() == 0;
  }

  /** Waits for the first build (tests, the benchmark); true when it is done. */
  public boolean awaitReady(Duration timeout) {
    try {
      return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (poller != null) {
      poller.shutdownNow();
    }
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      log.warn("Closing the knowledge index: {}", e.toString());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the datasource and Flyway; before the web server takes requests. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 1000;
  }

  public record Rebuilt(int entries, long millis) {
  }

  /**
   * Drops the index and reads every published entry again, analysing on every core (the Chinese analyzer is most of
   * the cost); changes recorded before the read are covered, later ones come with the next sync.
   */
  public synchronized Rebuilt rebuild() {
    long started = System.nanoTime();
    Long last = mapper.findLastChange();
    int count = 0;
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      writer.deleteAll();
      Map<String, KnowledgeTags.Tag> vocabulary = tags.vocabulary();
      long after = 0;
      while (true) {
        List<PublishedEntry> page = mapper.findPublishedPage(after, PAGE);
        pool.submit(() -> page.parallelStream().forEach(entry -> {
          try {
            writer.addDocument(document(entry, vocabulary));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })).get();
        count += page.size();
        if (page.size() < PAGE) {
          break;
        }
        after = page.get(page.size() - 1).id();
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("rebuilding the knowledge index", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("rebuilding the knowledge index", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("rebuilding the knowledge index was interrupted", e);
    } finally {
      pool.shutdown();
    }
    appliedSeq = last == null ? 0 : last;
    recentlyApplied.clear();
    return new Rebuilt(count, (System.nanoTime() - started) / 1_000_000);
  }

  private void syncQuietly() {
    try {
      sync();
    } catch (RuntimeException e) {
      // the next round tries again; the database is the truth, nothing is lost meanwhile
      log.warn("Knowledge index sync failed: {}", e.toString());
    }
  }

  /** Applies the publications recorded since the last sync, on any node; returns how many entries changed. */
  public synchronized int sync() {
    if (writer == null) {
      return 0;
    }
    Instant now = Instant.now();
    LocalDateTime since = LocalDateTime.ofInstant(now.minus(settings.lookback()), ZoneOffset.UTC);
    Set<Long> entries = new LinkedHashSet<>();
    long highest = appliedSeq;
    for (KnowledgeMapper.Change change : mapper.findChanges(appliedSeq, since)) {
      if (recentlyApplied.putIfAbsent(change.seq(), now) == null) {
        entries.add(change.entryId());
      }
      highest = Math.max(highest, change.seq());
    }
    appliedSeq = highest;
    recentlyApplied.values().removeIf(seen -> seen.isBefore(now.minus(settings.lookback().multipliedBy(2))));
    if (!entries.isEmpty()) {
      applyNow(entries);
    }
    return entries.size();
  }

  /** The time changes are written with: UTC wall-clock, the same on every node, whatever the engine's clock says. */
  static LocalDateTime changeTime() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  /** Re-reads these entries and replaces (or drops, when none is published) their documents. */
  public void apply(Collection<Long> entryIds) {
    if (isReady()) {
      applyNow(entryIds); // before that, the sync after the first build reads the change
    }
  }

  private synchronized void applyNow(Collection<Long> entryIds) {
    if (entryIds.isEmpty() || writer == null) {
      return;
    }
    Map<String, KnowledgeTags.Tag> vocabulary = tags.vocabulary();
    Map<Long, PublishedEntry> published = new HashMap<>();
    for (PublishedEntry entry : mapper.findPublished(entryIds)) {
      published.put(entry.id(), entry);
    }
    try {
      for (Long id : entryIds) {
        Term term = new Term(ID, id.toString());
        PublishedEntry entry = published.get(id);
        if (entry == null) {
          writer.deleteDocuments(term);
        } else {
          writer.updateDocument(term, document(entry, vocabulary));
        }
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("updating the knowledge index", e);
    }
  }

  private static Document document(PublishedEntry entry, Map<String, KnowledgeTags.Tag> vocabulary) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(entry.id()), Field.Store.YES));
    doc.add(new StringField(KIND, entry.kind().name(), Field.Store.YES));
    doc.add(new StringField(REGION, entry.regionCode(), Field.Store.YES));
    doc.add(new StringField(SCOPE, entry.scope(), Field.Store.YES));
    doc.add(new StringField(VISIBLE, KnowledgeEntry.GROUP.equals(entry.scope()) ? KnowledgeEntry.GROUP
        : entry.regionCode(), Field.Store.NO));
    StringBuilder tagText = new StringBuilder();
    for (String code : KnowledgeTags.split(entry.tags())) {
      doc.add(new StringField(TAG, code, Field.Store.NO));
      KnowledgeTags.Tag tag = vocabulary.get(code);
      tagText.append(tag == null ? code : tag.label()).append(' ');
    }
    doc.add(new StoredField(TAGS, entry.tags()));
    doc.add(new TextField(TITLE, entry.title(), Field.Store.YES));
    doc.add(new TextField(BODY, entry.body(), Field.Store.YES));
    doc.add(new TextField(TAG_TEXT, tagText.toString(), Field.Store.NO));
    if (entry.projectCode() != null) {
      doc.add(new StringField(PROJECT, entry.projectCode(), Field.Store.YES));
    }
    doc.add(new StoredField(AUTHOR, entry.author()));
    doc.add(new StoredField(VERSION, entry.version()));
    long published = entry.publishedAt() == null ? 0 : entry.publishedAt().toEpochSecond(ZoneOffset.UTC);
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new StoredField(PUBLISHED, published));
    return doc;
  }

  /** The words of a query as the index knows them (abbreviations spelled out), each once; empty for none. */
  public List<String> words(String query) {
    StringBuilder text = new StringBuilder(query);
    ABBREVIATIONS.forEach((abbreviation, full) -> {
      if (query.contains(abbreviation)) {
        text.append(' ').append(full);
      }
    });
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(BODY, text.toString())) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && words.size() < MAX_WORDS) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(words);
  }

  /** Best first; without words, the newest first. A query whose words the analyzer drops finds nothing. */
  public List<Hit> search(String query, Filter filter, int limit) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean ranked = query != null && !query.isBlank();
    if (ranked) {
      List<String> words = words(query);
      if (words.isEmpty()) {
        return List.of();
      }
      BooleanQuery.Builder text = new BooleanQuery.Builder();
      for (String word : words) {
        text.add(wordQuery(word), Occur.SHOULD);
      }
      builder.add(text.build(), Occur.MUST);
    } else {
      builder.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    addFilters(builder, filter);
    return run(builder.build(), limit, ranked);
  }

  /**
   * Published entries of these kinds tagged with the gate, those also tagged with the project type first, then the
   * newest: what a gate's materials task and minutes show.
   */
  public List<Hit> forGate(String gateCode, String projectType, Collection<KnowledgeKind> kinds, Set<String> visible,
      int limit) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(new ConstantScoreQuery(new TermQuery(new Term(TAG, gateCode))), Occur.MUST);
    if (projectType != null) {
      builder.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(TAG, projectType))), 2f), Occur.SHOULD);
    }
    builder.add(new TermInSetQuery(KIND, kinds.stream().map(k -> new BytesRef(k.name())).toList()), Occur.FILTER);
    addFilters(builder, new Filter(null, List.of(), null, visible));
    return run(builder.build(), limit, true);
  }

  private static Query wordQuery(String word) {
    Query anywhere = new DisjunctionMaxQuery(List.of(
        new BoostQuery(new TermQuery(new Term(TITLE, word)), 3f),
        new BoostQuery(new TermQuery(new Term(TAG_TEXT, word)), 2f),
        new TermQuery(new Term(BODY, word))), 0.3f);
    Query floor = new BoostQuery(new ConstantScoreQuery(new DisjunctionMaxQuery(List.of(
        new TermQuery(new Term(TITLE, word)), new TermQuery(new Term(TAG_TEXT, word)),
        new TermQuery(new Term(BODY, word))), 0f)), PER_WORD);
    return new BooleanQuery.Builder().add(floor, Occur.SHOULD).add(anywhere, Occur.SHOULD).build();
  }

  private static void addFilters(BooleanQuery.Builder builder, Filter filter) {
    if (filter.kind() != null) {
      builder.add(new TermQuery(new Term(KIND, filter.kind().name())), Occur.FILTER);
    }
    for (String tag : filter.tags()) {
      builder.add(new TermQuery(new Term(TAG, tag)), Occur.FILTER);
    }
    if (filter.regionCode() != null) {
      builder.add(new TermQuery(new Term(REGION, filter.regionCode())), Occur.FILTER);
    }
    if (filter.visible() != null) {
      builder.add(new TermInSetQuery(VISIBLE, filter.visible().stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
  }

  private List<Hit> run(Query query, int limit, boolean ranked) {
    if (searchers == null) {
      return List.of();
    }
    Sort newest = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));
    Sort sort = ranked ? new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true)) : newest;
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, limit, sort, ranked);
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
          Document doc = searcher.storedFields().document(scoreDoc.doc);
          hits.add(hit(doc, Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the knowledge index", e);
    }
  }

  private static Hit hit(Document doc, float score) {
    long published = doc.getField(PUBLISHED).numericValue().longValue();
    return new Hit(Long.parseLong(doc.get(ID)), KnowledgeKind.valueOf(doc.get(KIND)), doc.get(TITLE), doc.get(BODY),
        KnowledgeTags.split(doc.get(TAGS)), doc.get(SCOPE), doc.get(REGION), doc.get(PROJECT), doc.get(AUTHOR),
        doc.getField(VERSION).numericValue().intValue(),
        published == 0 ? null : LocalDateTime.ofEpochSecond(published, 0, ZoneOffset.UTC), score);
  }

  /**
   * Runs work on the current searcher (released after): bench/knowledge.sh times Lucene's own search on this index
   * beside {@link #search}.
   */
  public <T> T withSearcher(java.util.function.Function<IndexSearcher, T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many entries the index holds now (tests and the health of a rebuild). */
  public int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An excerpt of the body around the first query word it contains, or its beginning. */
  static String snippet(String body, List<String> words, int length) {
    String flat = body.replaceAll("\\s+", " ").strip();
    int at = -1;
    for (Iterator<String> it = words.iterator(); it.hasNext() && at < 0; ) {
      at = flat.indexOf(it.next());
    }
    int from = at < 0 ? 0 : Math.max(0, at - length / 3);
    int to = Math.min(flat.length(), from + length);
    return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
  }
}
