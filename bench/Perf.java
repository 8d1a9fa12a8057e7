import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11's load harness (java bench/Perf.java MODE ...), JDK only. Work is a numbered list of
 * requests, each sent once; "starts" are plan adjustments over our API (validation, impact, DMN,
 * first user task), "floor" the bare engine: a one-user-task process with as many variables,
 * started over engine REST with the same authentication; "floor-next" the same with a second user task after the
 * first, whose completions ("complete-floor-next") are the bare engine's cost of answering one step and opening
 * the next.
 *
 * <pre>
 * setup --base URL --prefix PF --projects 50 --nodes 80        SOUTH projects with independent L3 nodes
 * deploy-floor --base URL                                      deploys bench/floor.bpmn and floor-next.bpmn as admin
 * saturate --base URL --what starts|floor|floor-next --clients 16 --seconds 20 --offset N
 * saturate --base URL --what complete|complete-floor|complete-floor-next --clients 8 --seconds 20
 * rate --base URL --what starts|floor --rate 50 --seconds 20 --offset N
 * </pre>
 *
 * saturate is a closed loop (each client sends its next request when the last one answered) and
 * reports the throughput; rate is an open model (one request every 1/rate s whether or not earlier
 * ones have answered, so a slow server cannot hide latency) and reports p50/p95/p99. Both print one
 * table row. offset skips work items used by earlier runs (each node is adjusted once).
 */
public class Perf {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  static final LocalDate TODAY = LocalDate.now();

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = o.getOrDefault("base", "http://127.0.0.1:18090");
    String prefix = o.getOrDefault("prefix", "PF");
    int projects = Integer.parseInt(o.getOrDefault("projects", "50"));
    int nodes = Integer.parseInt(o.getOrDefault("nodes", "80"));
    switch (args[0]) {
      case "setup" -> setup(base, prefix, projects, nodes, o.getOrDefault("level", "L3"));
      case "fill" -> fill(base, prefix, projects, nodes, Integer.parseInt(o.getOrDefault("offset", "0")),
          Integer.parseInt(o.getOrDefault("target", "10000")));
      case "tasklist" -> tasklist(base, o.getOrDefault("user", "ops.south"), o.getOrDefault("filter", "我的组待办"),
          Integer.parseInt(o.getOrDefault("requests", "200")), o.get("out"), o.getOrDefault("phase", "-"));
      // issue 26 goal 1 (bench/tasklist.sh): the four roles' inboxes, see TasklistRoles below
      case "setup-roles", "fill-roles", "claim" -> TasklistRoles.run(args[0], base, prefix, projects, nodes, o);
      case "deploy-floor" -> deployFloor(base);
      case "saturate", "rate" -> {
        String what = o.getOrDefault("what", "starts");
        ITEMS = Integer.parseInt(o.getOrDefault("items", String.valueOf(Integer.MAX_VALUE)));
        IntFunction<HttpRequest> work = what.equals("complete") ? completions(base, prefix)
            : what.equals("complete-floor") ? floorCompletions(base, FLOOR)
            : what.equals("complete-floor-next") ? floorCompletions(base, FLOOR_NEXT)
            : work(what, base, prefix, projects, nodes, Integer.parseInt(o.getOrDefault("offset", "0")));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        if (args[0].equals("saturate")) {
          saturate(o.getOrDefault("what", "starts"), work, Integer.parseInt(o.getOrDefault("clients", "16")), seconds);
        } else {
          rate(o.getOrDefault("what", "starts"), work, Double.parseDouble(o.getOrDefault("rate", "50")), seconds,
              o.get("trace"));
        }
      }
      default -> throw new IllegalArgumentException("mode: setup | deploy-floor | saturate | rate");
    }
  }

  static HttpRequest.Builder as(String user, String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest json(String user, String method, String url, String body) {
    return as(user, url).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  /** Work items a run may use at most (--items): the open tasks there are, the starts still wanted. */
  static int ITEMS = Integer.MAX_VALUE;

  static void setup(String base, String prefix, int projects, int nodes, String level) throws Exception {
    for (int p = 1; p <= projects; p++) {
      String code = String.format("%s%03d", prefix, p);
      check(send(json("ops.south", "POST", base + "/api/v1/projects", String.format(
          "{\"code\":\"%s\",\"name\":\"性能测试%s\",\"regionCode\":\"SOUTH\",\"companyName\":\"性能测试置业\"}", code,
          code))), 201, code);
      StringBuilder plan = new StringBuilder("{\"dependencies\":[],\"nodes\":[");
      for (int n = 1; n <= nodes; n++) {
        plan.append(n > 1 ? "," : "").append(String.format("{\"nodeCode\":\"N%03d\",\"name\":\"工程节点%d\","
            + "\"nodeLevel\":\"%s\",\"category\":\"CONSTRUCTION\",\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\"}",
            n, n, level, TODAY.plusDays(30), TODAY.plusDays(60)));
      }
      check(send(json("ops.south", "PUT", base + "/api/v1/projects/" + code + "/plan", plan.append("]}").toString())),
          200, code);
    }
    System.out.printf("setup: %d projects × %d %s nodes%n", projects, nodes, level);
  }

  static final String FLOOR = "bench-floor";
  static final String FLOOR_NEXT = "bench-floor-next";

  static void deployFloor(String base) throws Exception {
    String boundary = "----regionops" + System.nanoTime();
    List<byte[]> parts = new ArrayList<>();
    parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + FLOOR + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n")
        .getBytes(StandardCharsets.UTF_8));
    // the floors' tasks have a form with the approver's two fields, so a bare completion may send them
    // (TaskCommandGuard refuses variables a task's form does not have, as for our approvals)
    for (String file : List.of("floor.bpmn", "floor-next.bpmn", "floor.form")) {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      parts.add(Files.readAllBytes(Path.of("bench", file)));
      parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    check(send(as("admin", base + "/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(concat(parts.toArray(byte[][]::new)))).build()), 200, "deployment");
    System.out.println("deployed bench/floor.bpmn and bench/floor-next.bpmn");
  }

  static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  static void check(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
    }
  }

  /** Runtime variables of a plan adjustment at its first approval step (bench/profile.sh, ACT_RU_VARIABLE per start). */
  static final int FLOOR_VARIABLES = 22;

  /** Work item i: a plan adjustment of node i (projects × nodes of them), or a floor start. */
  static IntFunction<HttpRequest> work(String what, String base, String prefix, int projects, int nodes, int offset) {
    return i -> {
      int item = i + offset;
      String project = String.format("%s%03d", prefix, item % projects + 1);
      String node = String.format("N%03d", item / projects % nodes + 1);
      if (what.equals("floor-vars")) {
        // the literal reading of "the same number of variables": as many as one of our instances
        // holds at its first approval (bench/README.md), sent with the start
        // (the region, as the floor sends it: an engine-REST start names its tenant)
        StringBuilder variables = new StringBuilder("{\"variables\":{\"regionCode\":{\"value\":\"SOUTH\"}");
        for (int v = 1; v < FLOOR_VARIABLES; v++) {
          variables.append(",").append(v % 3 == 0
              ? String.format("\"v%02d\":{\"value\":%d}", v, item + v)
              : String.format("\"v%02d\":{\"value\":\"%s-%s-%02d\"}", v, project, node, v));
        }
        return json("ops.south", "POST", base + "/engine-rest/process-definition/key/" + FLOOR + "/start",
            variables.append("}}").toString());
      }
      if (what.equals("floor") || what.equals("floor-next")) {
        // as many variables as our start sends (projectCode, nodeCode, newPlannedFinish, reason)
        String key = what.equals("floor") ? FLOOR : FLOOR_NEXT;
        return json("ops.south", "POST", base + "/engine-rest/process-definition/key/" + key + "/start", String.format(
            "{\"variables\":{\"regionCode\":{\"value\":\"SOUTH\"},\"nodeCode\":{\"value\":\"%s\"},"
                + "\"newPlannedFinish\":{\"value\":\"%s\"},\"reason\":{\"value\":\"施工单位进场推迟，需顺延十天完成\"}}}",
            node, TODAY.plusDays(70)));
      }
      return json("ops.south", "POST", base + "/api/v1/projects/" + project + "/plan-adjustments", String.format(
          "{\"nodeCode\":\"%s\",\"newPlannedFinish\":\"%s\",\"reason\":\"施工单位进场推迟，需顺延十天完成\"}",
          node, TODAY.plusDays(70)));
    };
  }

  /** The first answer that was not a 2xx, to say why in the table. */
  static final AtomicReference<String> FIRST_OTHER = new AtomicReference<>("");

  static void noteOther(HttpResponse<String> r, Throwable e) {
    FIRST_OTHER.compareAndSet("", e != null ? e.toString()
        : r.statusCode() + " " + r.body().substring(0, Math.min(160, r.body().length())));
  }

  static void saturate(String what, IntFunction<HttpRequest> work, int clients, int seconds) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicLong ok = new AtomicLong();
    AtomicLong other = new AtomicLong();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch done = new CountDownLatch(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          int item = next.getAndIncrement();
          if (item >= ITEMS) {
            break;
          }
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = send(work.apply(item));
            (r.statusCode() / 100 == 2 ? ok : other).incrementAndGet();
            if (r.statusCode() / 100 != 2) {
              noteOther(r, null);
            }
          } catch (Exception e) {
            other.incrementAndGet();
            noteOther(null, e);
          }
          latencies.add(System.nanoTime() - t0);
        }
        done.countDown();
        return null;
      });
    }
    done.await();
    pool.shutdown();
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("| %-7s | saturate %2d clients | %6.1f/s | %5d ok | %4d other | p50 %6.1f | p95 %6.1f | p99 %6.1f ms | items %d |%n",
        what, clients, ok.get() / elapsed, ok.get(), other.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        Math.min(next.get(), ITEMS));
    if (!FIRST_OTHER.get().isEmpty()) {
      System.err.println("first other answer: " + FIRST_OTHER.get());
    }
  }

  /** trace: a file to write one line per request (epoch ms when sent, latency ms, status), or null. */
  static void rate(String what, IntFunction<HttpRequest> work, double rate, int seconds, String trace) throws Exception {
    int total = (int) Math.min(ITEMS, Math.round(rate * seconds));
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> traced = new ConcurrentLinkedQueue<>();
    AtomicLong ok = new AtomicLong();
    AtomicLong other = new AtomicLong();
    CountDownLatch answered = new CountDownLatch(total);
    AtomicInteger next = new AtomicInteger();
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    long started = System.nanoTime();
    ticks.scheduleAtFixedRate(() -> {
      int i = next.getAndIncrement();
      if (i >= total) {
        return;
      }
      long t0 = System.nanoTime();
      long sentAt = System.currentTimeMillis();
      HTTP.sendAsync(work.apply(i), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
        latencies.add(System.nanoTime() - t0);
        if (trace != null) {
          traced.add(sentAt + " " + (System.nanoTime() - t0) / 1_000_000 + " " + (e == null ? r.statusCode() : 0));
        }
        (e == null && r.statusCode() / 100 == 2 ? ok : other).incrementAndGet();
        if (e != null || r.statusCode() / 100 != 2) {
          noteOther(r, e);
        }
        answered.countDown();
      });
    }, 0, Math.round(1_000_000 / rate), TimeUnit.MICROSECONDS);
    answered.await(seconds + 60L, TimeUnit.SECONDS);
    ticks.shutdownNow();
    double elapsed = (System.nanoTime() - started) / 1e9;
    if (trace != null) {
      java.nio.file.Files.write(java.nio.file.Path.of(trace), traced);
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("| %-7s | rate %6.1f/s        | %6.1f/s | %5d ok | %4d other | p50 %6.1f | p95 %6.1f | p99 %6.1f ms | items %d |%n",
        what, rate, ok.get() / elapsed, ok.get(), other.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        total);
    if (!FIRST_OTHER.get().isEmpty()) {
      System.err.println("first other answer: " + FIRST_OTHER.get());
    }
  }

  /** The users who approve at each step of a milestone's chain (region-ops, region-president, group-ops). */
  static final Map<String, String> APPROVER = Map.of("region-ops", "ops.south", "region-president",
      "president.south", "group-ops", "groupops");

  /**
   * Work item i: the completion of the i-th open approval of the prefix's plan adjustments, as the
   * step's approver over engine REST (what Tasklist sends). The steps are interleaved, so a run
   * completes first, second and third approvals alike; a completed step opens the next one.
   */
  static IntFunction<HttpRequest> completions(String base, String prefix) throws Exception {
    List<List<String[]>> byStep = new ArrayList<>();
    for (Map.Entry<String, String> step : new TreeMap<>(APPROVER).entrySet()) {
      String body = send(as("admin", base + "/engine-rest/task?taskDefinitionKey=UserTask_ApproveAdjustment"
          + "&candidateGroup=" + step.getKey() + "&processInstanceBusinessKeyLike=" + prefix + "%25"
          + "&sortBy=created&sortOrder=asc&maxResults=100000").GET().build()).body();
      List<String[]> tasks = new ArrayList<>();
      Matcher id = Pattern.compile("\"id\":\"([^\"]+)\",\"name\"").matcher(body);
      while (id.find()) {
        tasks.add(new String[] {id.group(1), step.getValue()});
      }
      byStep.add(tasks);
    }
    List<String[]> all = new ArrayList<>();
    for (int i = 0; all.size() < byStep.stream().mapToInt(List::size).sum(); i++) {
      for (List<String[]> tasks : byStep) {
        if (i < tasks.size()) {
          all.add(tasks.get(i));
        }
      }
    }
    ITEMS = Math.min(ITEMS, all.size());
    System.err.printf("open approvals of %s: %s%n", prefix, byStep.stream().map(l -> String.valueOf(l.size())).toList());
    String approve = "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVED\"},"
        + "\"approvalComment\":{\"value\":\"同意调整\"}}}";
    return i -> {
      String[] task = all.get(i);
      return json(task[1], "POST", base + "/engine-rest/task/" + task[0] + "/complete", approve);
    };
  }

  /**
   * Work item i: the completion of the i-th open first task of a floor process (opened by its starts) as ops.south
   * with the two variables an approver sends: bench-floor's ends the instance (the bare engine's task completion, the
   * floor of an approval); bench-floor-next's opens the next task, as an approval that is not the last opens the
   * next step.
   */
  static IntFunction<HttpRequest> floorCompletions(String base, String key) throws Exception {
    String body = send(as("admin", base + "/engine-rest/task?processDefinitionKey=" + key
        + "&taskDefinitionKey=UserTask_Wait&sortBy=created&sortOrder=asc&maxResults=100000").GET().build()).body();
    List<String> tasks = new ArrayList<>();
    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\",\"name\"").matcher(body);
    while (id.find()) {
      tasks.add(id.group(1));
    }
    ITEMS = Math.min(ITEMS, tasks.size());
    System.err.printf("open %s first tasks: %d%n", key, tasks.size());
    String approve = "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVED\"},"
        + "\"approvalComment\":{\"value\":\"同意调整\"}}}";
    return i -> json("ops.south", "POST", base + "/engine-rest/task/" + tasks.get(i) + "/complete", approve);
  }

  static long openOpsTasks(String base) throws Exception {
    String body = send(as("admin", base + "/engine-rest/task/count?candidateGroup=region-ops&tenantIdIn=SOUTH")
        .GET().build()).body();
    return Long.parseLong(body.replaceAll("\\D", ""));
  }

  /** Starts plan adjustments from offset on until region-ops has target open tasks in SOUTH. */
  static void fill(String base, String prefix, int projects, int nodes, int offset, int target) throws Exception {
    long open = openOpsTasks(base);
    ITEMS = (int) Math.max(0, target - open);
    if (ITEMS > 0) {
      saturate("fill", work("starts", base, prefix, projects, nodes, offset), 8, 3600);
    }
    System.out.printf("open region-ops tasks in SOUTH: %d before, %d after (items %d)%n", open, openOpsTasks(base),
        ITEMS);
  }

  /**
   * Tasklist's own requests as ops.south, logged in to the webapp with its session and CSRF token:
   * the first page of a filter with its variable columns (POST filter/{id}/list, as Tasklist sends
   * it) and the filter list with counts (GET filter?itemCount=true, what Tasklist refreshes).
   */
  static void tasklist(String base, String filterName, int requests) throws Exception {
    tasklist(base, "ops.south", filterName, requests, null, "-");
  }

  /**
   * The same as the user (issue 26: --user, --filter); with out, one tab-separated line per call is appended to
   * that file: phase, user, filter, open tasks in the filter, page p50/p95/p99, counts p50/p95/p99 (ms).
   */
  static void tasklist(String base, String user, String filterName, int requests, String out, String phase)
      throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    Supplier<String> xsrf = () -> cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base
        + "/camunda/api/admin/auth/user/default/login/tasklist")).header("X-XSRF-TOKEN", xsrf.get())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    check(login, 200, "login");
    String api = base + "/camunda/api/engine/engine/default/";
    String filters = browser.send(HttpRequest.newBuilder(URI.create(api + "filter?resourceType=Task"))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\""
        + Pattern.quote(filterName) + "\"").matcher(filters);
    if (!m.find()) {
      throw new IllegalStateException("no filter " + filterName + " for " + user + ": " + filters);
    }
    String listBody = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"firstResult\":0,"
        + "\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    HttpRequest list = HttpRequest.newBuilder(URI.create(api + "filter/" + m.group(1) + "/list?firstResult=0&maxResults=15"))
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf.get()).POST(HttpRequest.BodyPublishers.ofString(listBody)).build();
    HttpRequest counts = HttpRequest.newBuilder(URI.create(api + "filter?resourceType=Task&itemCount=true"))
        .header("Accept", "application/json").build();
    String first = browser.send(list, HttpResponse.BodyHandlers.ofString()).body();
    String count = first.replaceAll("(?s).*\"count\":(\\d+).*", "$1");
    StringBuilder line = new StringBuilder(phase + "\t" + user + "\t" + filterName + "\t" + count);
    for (HttpRequest request : List.of(list, counts)) {
      for (int i = 0; i < 10; i++) {
        check(browser.send(request, HttpResponse.BodyHandlers.ofString()), 200, "warm-up");
      }
      long[] times = new long[requests];
      for (int i = 0; i < requests; i++) {
        long t0 = System.nanoTime();
        check(browser.send(request, HttpResponse.BodyHandlers.ofString()), 200, "tasklist");
        times[i] = System.nanoTime() - t0;
      }
      Arrays.sort(times);
      System.out.printf("| tasklist | %-40s | %5s tasks | %d requests | p50 %6.1f | p95 %6.1f | p99 %6.1f ms |%n",
          request == list ? "first page of " + filterName + " with columns" : "filter list with counts", count,
          requests, pct(times, 50), pct(times, 95), pct(times, 99));
      line.append(String.format("\t%.1f\t%.1f\t%.1f", pct(times, 50), pct(times, 95), pct(times, 99)));
    }
    if (out != null) {
      Files.writeString(Path.of(out), line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /**
   * Issue 26 goal 1 (bench/tasklist.sh): four roles' inboxes filled through the real processes, and claims.
   *
   * <pre>
   * setup-roles --prefix PC --projects 300 --nodes 100    SOUTH projects with MILESTONE nodes (skips existing ones)
   * fill-roles --prefix PC --projects 300 --nodes 100 --target 10000 --total 50000 [--clients 8]
   * claim --claims ops.south=我的组待办:500,president.south=区域总裁审批:500,...
   * </pre>
   *
   * fill-roles tops up, counting each filter as its user sees it (engine REST filter/{id}/count): plan adjustments of
   * milestone nodes (DMN chain region-ops → region-president → group-ops) started by ops.south, approved by ops.south
   * until region-president, then by president.south until group-ops, have their target; instructions issued by
   * ops.south to GZ01 (one 签收指令 task for office-GZ01 each) until office.gz01 has its target; then instructions to
   * 50 of the prefix's projects at a time (one 签收指令 task per project) until the database holds total open tasks.
   */
  static final class TasklistRoles {

    static final String OPS = "ops.south";
    static final String PRESIDENT = "president.south";
    static final String GROUP = "groupops";
    static final String OFFICE = "office.gz01";
    static final String OFFICE_PROJECT = "GZ01";

    static void run(String mode, String base, String prefix, int projects, int nodes, Map<String, String> o)
        throws Exception {
      switch (mode) {
        case "setup-roles" -> setupRoles(base, prefix, projects, nodes);
        case "fill-roles" -> fillRoles(base, prefix, projects, nodes, Integer.parseInt(o.getOrDefault("target", "10000")),
            Integer.parseInt(o.getOrDefault("total", "50000")), Integer.parseInt(o.getOrDefault("clients", "8")));
        case "claim" -> claim(base, o.get("claims"), Integer.parseInt(o.getOrDefault("clients", "4")));
        default -> throw new IllegalArgumentException(mode);
      }
    }

    static void setupRoles(String base, String prefix, int projects, int nodes) throws Exception {
      int created = 0;
      for (int p = 1; p <= projects; p++) {
        String code = String.format("%s%03d", prefix, p);
        if (send(as(OPS, base + "/api/v1/projects/" + code).GET().build()).statusCode() == 200) {
          continue;
        }
        check(send(json(OPS, "POST", base + "/api/v1/projects", String.format(
            "{\"code\":\"%s\",\"name\":\"性能测试%s\",\"regionCode\":\"SOUTH\",\"companyName\":\"性能测试置业\"}", code,
            code))), 201, code);
        StringBuilder plan = new StringBuilder("{\"dependencies\":[],\"nodes\":[");
        for (int n = 1; n <= nodes; n++) {
          plan.append(n > 1 ? "," : "").append(String.format("{\"nodeCode\":\"N%03d\",\"name\":\"里程碑节点%d\","
              + "\"nodeLevel\":\"MILESTONE\",\"category\":\"CONSTRUCTION\",\"plannedStart\":\"%s\",\"plannedFinish\":\"%s\"}",
              n, n, TODAY.plusDays(30), TODAY.plusDays(60)));
        }
        check(send(json(OPS, "PUT", base + "/api/v1/projects/" + code + "/plan", plan.append("]}").toString())), 200,
            code);
        created++;
      }
      System.out.printf("setup-roles: %d of %d projects created, %d MILESTONE nodes each%n", created, projects, nodes);
    }

    /** Filter ids by name (every filter, as admin). */
    static Map<String, String> filterIds(String base) throws Exception {
      String body = send(as("admin", base + "/engine-rest/filter?resourceType=Task").GET().build()).body();
      Map<String, String> ids = new HashMap<>();
      Matcher m = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"([^\"]+)\"").matcher(body);
      while (m.find()) {
        ids.put(m.group(2), m.group(1));
      }
      return ids;
    }

    static long number(String body) {
      return Long.parseLong(body.replaceAll("\\D", ""));
    }

    /** The filter's count as the user sees it. */
    static long count(String base, Map<String, String> filters, String user, String filter) throws Exception {
      HttpResponse<String> r = send(as(user, base + "/engine-rest/filter/" + filters.get(filter) + "/count").GET().build());
      check(r, 200, user + " count " + filter);
      return number(r.body());
    }

    static long adminCount(String base, String path) throws Exception {
      HttpResponse<String> r = send(as("admin", base + path).GET().build());
      check(r, 200, path);
      return number(r.body());
    }

    static List<String> openApprovals(String base, String prefix, String group, int max) throws Exception {
      String body = send(as("admin", base + "/engine-rest/task?taskDefinitionKey=UserTask_ApproveAdjustment"
          + "&candidateGroup=" + group + "&processInstanceBusinessKeyLike=" + prefix + "%25"
          + "&sortBy=created&sortOrder=asc&firstResult=0&maxResults=" + max).GET().build()).body();
      List<String> tasks = new ArrayList<>();
      Matcher id = Pattern.compile("\"id\":\"([^\"]+)\",\"name\"").matcher(body);
      while (id.find()) {
        tasks.add(id.group(1));
      }
      return tasks;
    }

    static void stage(String what, int items, IntFunction<HttpRequest> work, int clients) throws Exception {
      if (items <= 0) {
        return;
      }
      ITEMS = items;
      long t0 = System.nanoTime();
      saturate(what, work, clients, 7200);
      System.out.printf("%s: %d items in %.1f s%n", what, items, (System.nanoTime() - t0) / 1e9);
    }

    static String state(String base, Map<String, String> f) throws Exception {
      return String.format("ops.south %d, president.south %d, groupops %d, office.gz01 %d; open tasks in all %d",
          count(base, f, OPS, "我的组待办"), count(base, f, PRESIDENT, "区域总裁审批"), count(base, f, GROUP, "我的组待办"),
          count(base, f, OFFICE, "我的组待办"), adminCount(base, "/engine-rest/task/count"));
    }

    static void fillRoles(String base, String prefix, int projects, int nodes, int target, int total, int clients)
        throws Exception {
      long t0 = System.nanoTime();
      Map<String, String> f = filterIds(base);
      System.out.println("fill-roles before: " + state(base, f));
      long needG = Math.max(0, target - count(base, f, GROUP, "我的组待办"));
      long needP = Math.max(0, target - count(base, f, PRESIDENT, "区域总裁审批")) + needG;
      long needO = Math.max(0, target - count(base, f, OPS, "我的组待办")) + needP;
      // each node is adjusted once: the adjustments started so far (none of ours ends) are the offset
      int offset = (int) adminCount(base, "/engine-rest/process-instance/count?processDefinitionKey=plan-adjustment"
          + "&businessKeyLike=" + prefix + "%25");
      if (offset + needO > (long) projects * nodes) {
        throw new IllegalStateException(String.format("%d adjustments started, %d more needed, %d nodes in all",
            offset, needO, projects * nodes));
      }
      System.out.printf("fill-roles: starts %d (offset %d), region-ops approvals %d, president approvals %d%n", needO,
          offset, needP, needG);
      stage("starts", (int) needO, work("starts", base, prefix, projects, nodes, offset), clients);
      String approve = "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVED\"},"
          + "\"approvalComment\":{\"value\":\"同意调整\"}}}";
      for (String[] step : new String[][] {{"region-ops", OPS, String.valueOf(needP)},
          {"region-president", PRESIDENT, String.valueOf(needG)}}) {
        int n = Integer.parseInt(step[2]);
        if (n == 0) {
          continue;
        }
        List<String> tasks = openApprovals(base, prefix, step[0], n);
        if (tasks.size() < n) { // an earlier stage's failures (printed above): the next fill-roles tops up
          System.err.printf("%s: %d open approvals, %d wanted%n", step[0], tasks.size(), n);
        }
        stage("approve-" + step[0], Math.min(n, tasks.size()), i -> json(step[1], "POST", base + "/engine-rest/task/" + tasks.get(i) + "/complete",
            approve), clients);
      }
      String deadline = TODAY.plusDays(30).toString();
      long needOffice = Math.max(0, target - count(base, f, OFFICE, "我的组待办"));
      stage("instruct-" + OFFICE_PROJECT, (int) needOffice, i -> json(OPS, "POST", base + "/api/v1/instructions",
          instruction("性能测试指令" + i, deadline, "\"" + OFFICE_PROJECT + "\"")), clients);
      // the rest of the database: instructions to 50 of the prefix's projects each (one office task per project)
      long needAll = Math.max(0, total - adminCount(base, "/engine-rest/task/count"));
      int per = Math.min(50, projects);
      int batches = (int) ((needAll + per - 1) / per);
      stage("instruct-" + per + "-projects", batches, i -> {
        StringBuilder codes = new StringBuilder();
        for (int p = 0; p < per; p++) {
          codes.append(p > 0 ? "," : "").append(String.format("\"%s%03d\"", prefix, (i * per + p) % projects + 1));
        }
        return json(OPS, "POST", base + "/api/v1/instructions", instruction("性能测试批量指令" + i, deadline,
            codes.toString()));
      }, Math.min(clients, 4));
      System.out.printf("fill-roles after: %s (%.1f s)%n", state(base, f), (System.nanoTime() - t0) / 1e9);
    }

    static String instruction(String title, String deadline, String projectCodes) {
      return String.format("{\"title\":\"%s\",\"content\":\"请按区域运营要求落实节点计划并签收\",\"category\":\"OPERATIONS_REQUIREMENT\","
          + "\"feedback\":\"ACKNOWLEDGE\",\"deadline\":\"%s\",\"projectCodes\":[%s]}", title, deadline, projectCodes);
    }

    /**
     * claims: user=filter:n,... Each user claims n unassigned tasks of their filter, evenly spread over the filter's
     * list (every k-th task, newest first as Tasklist sorts), over engine REST as Tasklist's 认领 sends it.
     */
    static void claim(String base, String claims, int clients) throws Exception {
      Map<String, String> f = filterIds(base);
      for (String spec : claims.split(",")) {
        String user = spec.substring(0, spec.indexOf('='));
        String filter = spec.substring(spec.indexOf('=') + 1, spec.lastIndexOf(':'));
        int n = Integer.parseInt(spec.substring(spec.lastIndexOf(':') + 1));
        HttpResponse<String> listed = send(as(user, base + "/engine-rest/filter/" + f.get(filter)
            + "/list?firstResult=0&maxResults=100000").header("Accept", "application/json")
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"unassigned\":true,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")).build());
        check(listed, 200, user + " list " + filter);
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\",\"name\"").matcher(listed.body());
        while (id.find()) {
          ids.add(id.group(1));
        }
        if (ids.size() < n) {
          throw new IllegalStateException(user + ": " + ids.size() + " unassigned tasks in " + filter + ", " + n + " to claim");
        }
        double step = (double) ids.size() / n;
        FIRST_OTHER.set("");
        stage("claim-" + user, n, i -> json(user, "POST", base + "/engine-rest/task/" + ids.get((int) (i * step))
            + "/claim", "{\"userId\":\"" + user + "\"}"), clients);
        System.out.printf("claim: %s claimed %d of %d unassigned tasks in %s%n", user, n, ids.size(), filter);
      }
    }
  }
}
