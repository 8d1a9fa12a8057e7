import com.regionops.plan.NodeCategory;
import com.regionops.plan.NodeLevel;
import com.regionops.plan.PlanDependency;
import com.regionops.plan.PlanDocument;
import com.regionops.plan.PlanNodeRequest;
import com.regionops.plan.PlanProjectFile;
import com.regionops.plan.PlanWorkbook;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan files of bench/plans.sh (single-file source launch on the app's classpath):
 *   generate DIR NODES DEPS  — a plan of NODES nodes and DEPS dependencies as DIR/plan.xlsx and DIR/plan.xml
 *   parse FILE RUNS          — POI alone: open the .xlsx and read every cell, median of RUNS after 2 warm-ups
 *   read FILE RUNS           — PlanWorkbook.read (our reader, no database), median of RUNS after 2 warm-ups
 */
public class PlanFilesBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" -> generate(new File(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "parse" -> time("POI alone (open + every cell)", Integer.parseInt(args[2]), () -> parse(new File(args[1])));
      case "read" -> time("PlanWorkbook.read", Integer.parseInt(args[2]), () -> PlanWorkbook.read(new File(args[1])));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** Layers of 50 nodes; each node past the first layer depends on two of the layer before, a few on a third. */
  static void generate(File dir, int size, int wanted) throws Exception {
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
    // two predecessors in the layer before for every node past the first layer, a third for as
    // many as it takes to reach the wanted count (offsets 0, 13, 29 of 50: always distinct)
    int[] offsets = {0, 13, 29};
    for (int k = 0; k < offsets.length && dependencies.size() < wanted; k++) {
      for (int i = width; i < size && dependencies.size() < wanted; i++) {
        int base = (i / width - 1) * width;
        dependencies.add(new PlanDependency("N" + (base + (i * 7 + offsets[k]) % width), "N" + i, k));
      }
    }
    PlanDocument plan = new PlanDocument(nodes, dependencies);
    long a = System.nanoTime();
    try (OutputStream out = new FileOutputStream(new File(dir, "plan.xlsx"))) {
      PlanWorkbook.write(plan, "基准项目", out);
    }
    long b = System.nanoTime();
    try (OutputStream out = new FileOutputStream(new File(dir, "plan.xml"))) {
      PlanProjectFile.writeMspdi(plan, "基准项目", out);
    }
    long c = System.nanoTime();
    System.out.printf("generated %d nodes, %d dependencies: plan.xlsx %.1f MB in %.2f s, plan.xml %.1f MB in %.2f s%n",
        nodes.size(), dependencies.size(), new File(dir, "plan.xlsx").length() / 1048576.0, (b - a) / 1e9,
        new File(dir, "plan.xml").length() / 1048576.0, (c - b) / 1e9);
  }

  static int parse(File file) {
    int cells = 0;
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ); XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells += cell.getCellType() == CellType.NUMERIC ? (cell.getNumericCellValue() > 0 ? 1 : 1)
                : cell.getStringCellValue().isEmpty() ? 0 : 1;
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return cells;
  }

  static void time(String what, int runs, Runnable work) {
    for (int i = 0; i < 2; i++) {
      work.run();
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long a = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - a) / 1e9;
    }
    Arrays.sort(seconds);
    System.out.printf("%s: median %.2f s over %d runs (min %.2f, max %.2f)%n", what, seconds[runs / 2], runs,
        seconds[0], seconds[runs - 1]);
  }
}
