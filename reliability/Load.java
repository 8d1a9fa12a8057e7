import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The reliability scripts' client (java reliability/Load.java MODE ...), JDK only.
 *
 * <pre>
 * setup --base URL --prefix R1 --projects 20 --nodes 10
 *     SOUTH projects R101.. each with a plan of independent L3 nodes N01.. (as ops.south)
 * run --base URL[,URL...] --prefix R1 --projects 20 --nodes 10 --rate 20 --seconds 60 --acked FILE
 *     open model: one request every 1/rate s whether or not earlier ones have answered, so slow
 *     answers and an absent server do not slow the arrivals. Per project a 项目启动会 start, then a
 *     plan adjustment per node, each sent once; every 2xx is appended to FILE (kind, project, node,
 *     process instance) the moment it arrives. Stops after the seconds or when the work is done.
 * </pre>
 */
public class Load {

  static final String PASSWORD = "demo";

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    switch (args.length == 0 ? "" : args[0]) {
      case "setup" -> setup(opts);
      case "run" -> run(opts);
      default -> {
        System.err.println("usage: Load setup|run --base URL ...");
        System.exit(2);
      }
    }
  }

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static HttpRequest.Builder request(String url, String user) {
    String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + token).header("Content-Type", "application/json");
  }

  static HttpResponse<String> send(String method, String url, String user, String json) throws Exception {
    return HTTP.send(request(url, user).method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  static String project(String prefix, int p) {
    return String.format("%s%02d", prefix, p);
  }

  static String node(int n) {
    return String.format("N%02d", n);
  }

  static void setup(Map<String, String> opts) throws Exception {
    String base = opts.get("base").split(",")[0];
    String prefix = opts.getOrDefault("prefix", "R1");
    int projects = Integer.parseInt(opts.getOrDefault("projects", "20"));
    int nodes = Integer.parseInt(opts.getOrDefault("nodes", "10"));
    LocalDate today = LocalDate.now();
    for (int p = 1; p <= projects; p++) {
      String code = project(prefix, p);
      HttpResponse<String> created = send("POST", base + "/api/v1/projects", "ops.south", String.format(
          "{\"code\":\"%s\",\"name\":\"可靠性测试%s\",\"regionCode\":\"SOUTH\",\"companyName\":\"可靠性测试置业有限公司\"}",
          code, code));
      if (created.statusCode() != 201) {
        throw new IllegalStateException("project " + code + ": " + created.statusCode() + " " + created.body());
      }
      StringBuilder plan = new StringBuilder("{\"nodes\":[");
      for (int n = 1; n <= nodes; n++) {
        plan.append(n > 1 ? "," : "").append(String.format(
            "{\"nodeCode\":\"%s\",\"name\":\"工程节点%d\",\"nodeLevel\":\"L3\",\"category\":\"CONSTRUCTION\","
                + "\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\"}",
            node(n), n, today.plusDays(30), today.plusDays(60)));
      }
      plan.append("],\"dependencies\":[]}");
      HttpResponse<String> imported = send("PUT", base + "/api/v1/projects/" + code + "/plan", "ops.south",
          plan.toString());
      if (imported.statusCode() != 200) {
        throw new IllegalStateException("plan " + code + ": " + imported.statusCode() + " " + imported.body());
      }
    }
    System.out.printf("setup: %d projects × %d nodes%n", projects, nodes);
  }

  record Work(String kind, String project, String node, String path, String body) {
  }

  static void run(Map<String, String> opts) throws Exception {
    String[] bases = opts.get("base").split(",");
    String prefix = opts.getOrDefault("prefix", "R1");
    int projects = Integer.parseInt(opts.getOrDefault("projects", "20"));
    int nodes = Integer.parseInt(opts.getOrDefault("nodes", "10"));
    double rate = Double.parseDouble(opts.getOrDefault("rate", "20"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
    Path ackedFile = Path.of(opts.getOrDefault("acked", "acked.tsv"));
    LocalDate today = LocalDate.now();

    List<Work> work = new ArrayList<>();
    for (int n = 0; n <= nodes; n++) {
      for (int p = 1; p <= projects; p++) {
        String code = project(prefix, p);
        if (n == 0) {
          work.add(new Work("GATE", code, "-", "/api/v1/projects/" + code + "/gate-reviews", String.format(
              "{\"gateCode\":\"PROJECT_KICKOFF\",\"plannedMeetingDate\":\"%s\",\"declarations\":{"
                  + "\"targetConstructionStart\":\"%s\",\"targetFirstOpening\":\"%s\",\"targetHandover\":\"%s\","
                  + "\"targetSales\":280000,\"targetNetProfit\":21000.5}}",
              today.plusDays(7), today.plusDays(60), today.plusDays(300), today.plusDays(900))));
        } else {
          work.add(new Work("ADJ", code, node(n), "/api/v1/projects/" + code + "/plan-adjustments", String.format(
              "{\"nodeCode\":\"%s\",\"newPlannedFinish\":\"%s\",\"reason\":\"施工单位进场推迟，需顺延十天完成\"}",
              node(n), today.plusDays(70))));
        }
      }
    }

    Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch answered = new CountDownLatch(work.size());
    long started = System.nanoTime();
    long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
    try (PrintWriter acked = new PrintWriter(Files.newBufferedWriter(ackedFile, StandardCharsets.UTF_8))) {
      ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
      ticks.scheduleAtFixedRate(() -> {
        int i = next.getAndIncrement();
        if (i >= work.size() || System.nanoTime() > deadline) {
          if (i < work.size()) {
            answered.countDown();
          }
          return;
        }
        Work w = work.get(i);
        String base = bases[i % bases.length];
        HTTP.sendAsync(request(base + w.path(), "ops.south")
                .POST(HttpRequest.BodyPublishers.ofString(w.body(), StandardCharsets.UTF_8)).build(),
            HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
              String outcome;
              if (error != null) {
                outcome = "no answer (" + rootCause(error).getClass().getSimpleName() + ")";
              } else {
                outcome = Integer.toString(response.statusCode());
                if (response.statusCode() / 100 == 2) {
                  synchronized (acked) {
                    acked.printf("%s\t%s\t%s\t%s%n", w.kind(), w.project(), w.node(),
                        field(response.body(), "processInstanceId"));
                    acked.flush();
                  }
                }
              }
              outcomes.computeIfAbsent(w.kind() + " " + outcome, k -> new LongAdder()).increment();
              answered.countDown();
            });
      }, 0, Math.max(1, Math.round(1_000_000 / rate)), TimeUnit.MICROSECONDS);
      while (answered.getCount() > 0 && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(35)) {
        if (next.get() >= work.size() && answered.await(35, TimeUnit.SECONDS)) {
          break;
        }
        Thread.sleep(200);
      }
      ticks.shutdownNow();
    }
    System.out.printf("load: %d requests sent in %.1f s at %.0f/s%n", Math.min(next.get(), work.size()),
        (System.nanoTime() - started) / 1e9, rate);
    new TreeMap<>(outcomes).forEach((k, v) -> System.out.printf("  %-40s %d%n", k, v.sum()));
  }

  static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /** A string field of a flat JSON answer, without a JSON library. */
  static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":\"");
    if (at < 0) {
      return "-";
    }
    int from = at + name.length() + 4;
    return json.substring(from, json.indexOf('"', from));
  }
}
