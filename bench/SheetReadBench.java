import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanDependency;
import com.regionops.plan.PlanDocument;
import com.regionops.plan.PlanNodeRequest;
import com.regionops.plan.PlanWorkbook;
import com.regionops.platform.sheet.SheetReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading a plan .xlsx: POI's usermodel against our streaming SheetReader, in time and heap
 * (single-file source launch on the app's classpath, meant for -Xmx512m as the app runs):
 *
 * <pre>java -Xmx512m -cp "target/classes:$(cat cp.txt)" bench/SheetReadBench.java [runs=5] [nodes=20000,50000]</pre>
 *
 * <p>For each size it writes a plan with {@code PlanWorkbook.write} (12 columns of nodes, and
 * dependencies: twice the nodes, at most the reader's 50,000-row limit; the actual dates are left
 * empty as in bench/PlanFilesBench.java), then for (a) POI usermodel open + every cell and (b)
 * {@code PlanWorkbook.read} prints the median time of RUNS after two warm-ups, and the peak used
 * heap: used heap after System.gc() before a run, and the most a thread sampling every millisecond
 * saw during it. That peak includes garbage not yet collected, so it follows the collector's sizing
 * more than the reader; the live heap does not: measured once per case after System.gc() with the
 * result still held — (a) the workbook still open, (b) the {@code Parsed} plan, (c) a SheetReader
 * holding both tables, which is the compact grid the getters read from.
 */
public class SheetReadBench {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final List<String> NODE_HEADERS = List.of("节点编码", "节点名称", "节点级别", "类别", "责任部门", "基准开始",
      "基准完成", "计划开始", "计划完成", "实际开始", "实际完成", "进度(%)");
  private static final List<String> DEPENDENCY_HEADERS = List.of("前置节点编码", "后续节点编码", "间隔天数");

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "20000,50000").split(",")).mapToInt(Integer::parseInt)
        .toArray();
    System.out.printf("%s, %d cores, max heap %d MB, %s%n", System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    File dir = Files.createTempDirectory("sheet-read-bench").toFile();
    try {
      for (int size : sizes) {
        File file = new File(dir, "plan-" + size + ".xlsx");
        int dependencies = generate(file, size, Math.min(2 * size, SheetReader.MAX_DATA_ROWS));
        System.out.printf("%n%,d nodes (12 columns) + %,d dependencies: %s, %.2f MB%n", size, dependencies,
            file.getName(), file.length() / 1048576.0);
        measure("(a) POI usermodel, open + every cell", runs, () -> usermodel(file, false));
        measure("(b) PlanWorkbook.read (SheetReader)", runs, () -> {
          PlanWorkbook.Parsed parsed = PlanWorkbook.read(file);
          if (!parsed.errors().isEmpty() || parsed.plan().nodes().size() != size) {
            throw new IllegalStateException("unexpected read: " + parsed.errors());
          }
          return parsed.plan().nodes().size();
        });
        live("(a) live heap, usermodel workbook open", () -> usermodel(file, true));
        live("(b) live heap, Parsed plan held", () -> {
          PlanWorkbook.Parsed parsed = PlanWorkbook.read(file);
          return settle(parsed);
        });
        live("(c) live heap, SheetReader with both tables held", () -> {
          try (SheetReader reader = SheetReader.open(file)) {
            SheetReader.Table nodes = reader.table(PlanWorkbook.NODES, NODE_HEADERS, List.of());
            SheetReader.Table deps = reader.table(PlanWorkbook.DEPENDENCIES, DEPENDENCY_HEADERS, List.of());
            long used = settle(List.of(nodes, deps));
            Reference.reachabilityFence(reader);
            return used;
          }
        });
      }
    } finally {
      for (File f : dir.listFiles()) {
        f.delete();
      }
      dir.delete();
    }
  }

  /** Opens with POI's usermodel and touches every cell; with {@code hold}, the heap used while still open. */
  static long usermodel(File file, boolean hold) throws Exception {
    long cells = 0;
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ); XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells += cell.getCellType() == CellType.NUMERIC ? (cell.getNumericCellValue() > 0 ? 1 : 1)
                : cell.getStringCellValue().isEmpty() ? 0 : 1;
          }
        }
      }
      if (hold) {
        long used = settle(workbook);
        pkg.revert();
        return used;
      }
      pkg.revert();
    }
    return cells;
  }

  /** Used heap after collecting, with {@code held} still reachable. */
  static long settle(Object held) {
    gc();
    long used = MEMORY.getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(held);
    return used;
  }

  static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  /**
   * Times RUNS back to back after two warm-ups, as bench/PlanFilesBench.java does; then RUNS more,
   * each after System.gc() and with the heap sampled. Those are timed too but apart: after a full
   * collection G1 shrinks the heap and the next run pays for growing it again.
   */
  static void measure(String what, int runs, Callable<?> work) {
    try {
      for (int i = 0; i < 2; i++) {
        work.call();
      }
      double[] seconds = new double[runs];
      for (int i = 0; i < runs; i++) {
        long a = System.nanoTime();
        work.call();
        seconds[i] = (System.nanoTime() - a) / 1e9;
      }
      double[] afterGc = new double[runs];
      long[] peaks = new long[runs];
      long baseline = 0;
      for (int i = 0; i < runs; i++) {
        gc();
        baseline = Math.max(baseline, MEMORY.getHeapMemoryUsage().getUsed());
        AtomicLong peak = new AtomicLong();
        Thread sampler = sampler(peak);
        long a = System.nanoTime();
        try {
          work.call();
        } finally {
          afterGc[i] = (System.nanoTime() - a) / 1e9;
          sampler.interrupt();
          sampler.join();
        }
        peaks[i] = peak.get();
      }
      Arrays.sort(seconds);
      Arrays.sort(afterGc);
      Arrays.sort(peaks);
      System.out.printf("  %s%n    time: median %.2f s (min %.2f, max %.2f) over %d runs; %.2f s when each run follows System.gc()%n"
              + "    heap: %d MB used after System.gc(), peak used during the read %d MB (median of %d runs %d MB)%n", what,
          seconds[runs / 2], seconds[0], seconds[runs - 1], runs, afterGc[runs / 2], baseline >> 20, peaks[runs - 1] >> 20,
          runs, peaks[runs / 2] >> 20);
    } catch (OutOfMemoryError e) {
      System.out.printf("  %s%n    OutOfMemoryError: %s%n", what, e.getMessage());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Thread sampler(AtomicLong peak) {
    Thread thread = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          break;
        }
      }
      peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  static void live(String what, Callable<Long> work) {
    try {
      gc();
      long before = MEMORY.getHeapMemoryUsage().getUsed();
      long held = work.call();
      System.out.printf("  %-50s %d MB more than before (%d MB)%n", what, Math.max(0, held - before) >> 20, before >> 20);
    } catch (OutOfMemoryError e) {
      System.out.printf("  %-50s OutOfMemoryError: %s%n", what, e.getMessage());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The plan of bench/PlanFilesBench.java (same data, so the 20,000-node file is the one of
   * bench/plans.sh): layers of 50 nodes, each node past the first layer depending on nodes of the
   * layer before; returns the number of dependencies written.
   */
  static int generate(File file, int size, int wanted) throws Exception {
    Random random = new Random(42);
    LocalDate start = LocalDate.of(2027, 1, 1);
    int width = 50;
    NodeCategory[] categories = NodeCategory.values();
    List<PlanNodeRequest> nodes = new ArrayList<>();
    List<PlanDependency> dependencies = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int layer = i / width;
      LocalDate plannedStart = start.plusDays(layer * 3L + random.nextInt(4));
      NodeLevel level = i % 1000 == 999 ? NodeLevel.MILESTONE : i % 10 == 0 ? NodeLevel.L1 : i % 3 == 0 ? NodeLevel.L2
          : NodeLevel.L3;
      nodes.add(new PlanNodeRequest("N" + i, "生成节点" + i + "（" + categories[i % categories.length] + "）", level,
          categories[i % categories.length], "fn-engineering", plannedStart, plannedStart.plusDays(8), plannedStart,
          plannedStart.plusDays(8), null, null, 0));
    }
    int[] offsets = {0, 13, 29};
    for (int k = 0; k < offsets.length && dependencies.size() < wanted; k++) {
      for (int i = width; i < size && dependencies.size() < wanted; i++) {
        int base = (i / width - 1) * width;
        dependencies.add(new PlanDependency("N" + (base + (i * 7 + offsets[k]) % width), "N" + i, k));
      }
    }
    try (OutputStream out = new FileOutputStream(file)) {
      PlanWorkbook.write(new PlanDocument(nodes, dependencies), "基准项目", out);
    }
    return dependencies.size();
  }
}
