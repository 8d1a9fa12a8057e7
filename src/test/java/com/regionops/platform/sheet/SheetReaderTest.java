package com.regionops.platform.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploads cell by cell, and the writer whose output the reader takes back. */
class SheetReaderTest {

  @TempDir
  Path dir;

  static final List<String> HEADERS = List.of("编码", "数量", "日期", "进度(%)");

  /** A workbook with one sheet "表" whose rows are given as values (null leaves the cell out). */
  File xlsx(Object[]... rows) throws IOException {
    return xlsxWith(sheet -> {
    }, rows);
  }

  File xlsxWith(Consumer<XSSFSheet> extra, Object[]... rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("表");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String s) {
            row.createCell(c).setCellValue(s);
          } else if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          }
        }
      }
      extra.accept(sheet);
      return save(wb, "t.xlsx");
    }
  }

  File save(XSSFWorkbook wb, String name) throws IOException {
    File file = dir.resolve(name).toFile();
    try (OutputStream out = Files.newOutputStream(file.toPath())) {
      wb.write(out);
    }
    return file;
  }

  static Object[] row(Object... values) {
    return values;
  }

  @Test
  void columnsAreFoundByHeaderTextInAnyOrderAndOtherColumnsAreIgnored() throws IOException {
    File file = xlsx(
        row("备注", " 进度（％） ", "日期", "ＥＸＴＲＡ", "编码"),
        row("随便写", 30, LocalDate.of(2027, 5, 1), "x", "A-1"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码", "日期"), List.of("数量", "进度(%)"));
      assertThat(reader.errors()).isEmpty();
      assertThat(table.column("编码")).isEqualTo("E");
      assertThat(table.column("数量")).isNull();
      SheetReader.Table.Row row = table.rows().get(0);
      assertThat(row.number()).isEqualTo(2);
      assertThat(row.text("编码")).isEqualTo("A-1");
      assertThat(row.date("日期")).isEqualTo(LocalDate.of(2027, 5, 1));
      assertThat(row.percent("进度(%)")).isEqualTo(30);
      assertThat(row.integer("数量")).isNull();
      assertThat(row.cell("日期")).isEqualTo("C2");
      assertThat(row.hasErrors()).isFalse();
    }
  }

  @Test
  void aMissingRequiredHeaderIsAnErrorNamingTheSheetAndNoRowIsRead() throws IOException {
    File file = xlsx(row("编码", "进度(%)"), row("A", 1));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码", "日期", "数量"), List.of("进度(%)"));
      assertThat(table.rows()).isEmpty();
      assertThat(reader.errors()).extracting(SheetError::toString)
          .containsExactly("表: 缺少列：日期、数量（表头取自第 1 行）");
      SheetReader.Table missing = reader.table("不存在", List.of("编码"), List.of());
      assertThat(missing.rows()).isEmpty();
      assertThat(reader.errors()).extracting(SheetError::toString).contains("不存在: 缺少工作表「不存在」");
      assertThat(reader.hasSheet(" 表 ")).isTrue();
      assertThat(reader.hasSheet("不存在")).isFalse();
    }
  }

  @Test
  void anEmptySheetHasNoRowsAndNamesWhatItLacks() throws IOException {
    File file = xlsxWith(sheet -> sheet.getWorkbook().createSheet("空白"), row("编码"));

    try (SheetReader reader = SheetReader.open(file)) {
      assertThat(reader.table("空白", List.of(), List.of("编码")).rows()).isEmpty();
      assertThat(reader.errors()).isEmpty();
      assertThat(reader.table("空白", List.of("编码"), List.of()).rows()).isEmpty();
      assertThat(reader.errors()).extracting(SheetError::toString).containsExactly("空白: 缺少列：编码（工作表为空）");
    }
  }

  @Test
  void aHeaderTwiceIsAnError() throws IOException {
    File file = xlsx(row("编码", "日期", "编码"), row("A", "2027-01-01", "B"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码"), List.of("日期"));
      assertThat(table.rows()).isEmpty();
      assertThat(reader.errors()).extracting(SheetError::toString).containsExactly("表!C1: 列「编码」重复，已在 A1 出现");
    }
  }

  @Test
  void theHeaderIsTheFirstNonBlankRowAndBlankRowsAreSkipped() throws IOException {
    File file = xlsx(
        null,
        row("  ", "　"),
        row("编码", "数量"),
        row("A", 1),
        null,
        row("", " "),
        row(null, null, "只在未知列"),
        row("B", 2));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码", "数量"), List.of());
      assertThat(reader.errors()).isEmpty();
      assertThat(table.rows()).extracting(SheetReader.Table.Row::number).containsExactly(4, 8);
      assertThat(table.rows()).extracting(r -> r.text("编码")).containsExactly("A", "B");
    }
  }

  @Test
  void textIsTrimmedWithFullWidthDigitsAndLettersHalfWidthAndNumbersWithoutPointZero() throws IOException {
    File file = xlsx(row("编码"), row("  ＡＢ１２ "), row(12.0), row(12.5), row("１号楼（一期）　"), row(123456789012.0));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码"), List.of());
      assertThat(table.rows()).extracting(r -> r.text("编码"))
          .containsExactly("AB12", "12", "12.5", "1号楼（一期）", "123456789012");
    }
  }

  @Test
  void integersAcceptWholeNumbersInEveryFormAndRefuseFractionsNamingTheCell() throws IOException {
    File file = xlsx(row("数量"), row(12), row(12.0), row("12"), row("１２"), row(" -3 "), row(12.5), row("十二"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("数量"), List.of());
      List<Integer> values = new ArrayList<>();
      table.rows().forEach(r -> values.add(r.integer("数量")));
      assertThat(values).containsExactly(12, 12, 12, 12, -3, null, null);
      assertThat(reader.errors()).extracting(SheetError::toString)
          .containsExactly("表!A7: 应为整数：「12.5」", "表!A8: 应为整数：「十二」");
      assertThat(table.rows().get(5).hasErrors()).isTrue();
      assertThat(table.rows().get(4).hasErrors()).isFalse();
    }
  }

  @Test
  void datesAreReadFromDateCellsAndFromTextInEachAcceptedForm() throws IOException {
    File file = xlsx(row("日期"),
        row(LocalDate.of(2027, 5, 1)),
        row("2027-05-01"),
        row("2027/5/1"),
        row("2027.5.1"),
        row("2027年5月1日"),
        row("２０２７年５月１日"),
        row("２０２７－０５－０１"),
        row(" 2027 年 5 月 1 日 "));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("日期"), List.of());
      assertThat(table.rows()).extracting(r -> r.date("日期")).hasSize(8).containsOnly(LocalDate.of(2027, 5, 1));
      assertThat(reader.errors()).isEmpty();
    }
  }

  @Test
  void anythingElseInADateColumnIsAnErrorQuotingTheText() throws IOException {
    File file = xlsx(row("日期"), row("5/1/2027"), row("2027-02-30"), row("下周一"), row(46000), row("2027-5/1"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("日期"), List.of());
      assertThat(table.rows()).extracting(r -> r.date("日期")).containsOnlyNulls().hasSize(5);
      assertThat(reader.errors()).extracting(SheetError::toString).containsExactly(
          "表!A2: 无法识别的日期「5/1/2027」，请填写如 2027-05-01 的日期",
          "表!A3: 无法识别的日期「2027-02-30」，请填写如 2027-05-01 的日期",
          "表!A4: 无法识别的日期「下周一」，请填写如 2027-05-01 的日期",
          "表!A5: 无法识别的日期「46000」，请填写如 2027-05-01 的日期",
          "表!A6: 无法识别的日期「2027-5/1」，请填写如 2027-05-01 的日期");
    }
  }

  @Test
  void percentagesAreWholeNumbersUpToAHundredAndAPercentFormattedFractionCountsAsItsPercentage() throws IOException {
    File file = xlsxWith(sheet -> {
      CellStyle percent = sheet.getWorkbook().createCellStyle();
      percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
      sheet.getRow(1).getCell(0).setCellStyle(percent);
      sheet.getRow(2).getCell(0).setCellStyle(percent);
    }, row("进度(%)"), row(0.5), row(1), row(50), row("80%"), row("６０％"), row(150), row(-1), row("一半"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("进度(%)"), List.of());
      List<Integer> values = new ArrayList<>();
      table.rows().forEach(r -> values.add(r.percent("进度(%)")));
      assertThat(values).containsExactly(50, 100, 50, 80, 60, null, null, null);
      assertThat(reader.errors()).extracting(SheetError::cell).containsExactly("A7", "A8", "A9");
      assertThat(reader.errors().get(0).message()).isEqualTo("应为 0–100 的百分数：「150%」");
    }
  }

  @Test
  void aFormulaCellIsRefusedNamingTheCellAndNeverEvaluated() throws IOException {
    File file = xlsxWith(sheet -> {
      sheet.getRow(2).createCell(1).setCellFormula("B2+1");
      sheet.getRow(3).createCell(0).setCellFormula("\"C\"&\"3\"");
    }, row("编码", "数量"), row("A", 1), row("B"), row(null, 3));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码", "数量"), List.of());
      List<Integer> numbers = new ArrayList<>();
      table.rows().forEach(r -> numbers.add(r.integer("数量")));
      table.rows().forEach(r -> r.text("编码"));
      assertThat(numbers).containsExactly(1, null, 3);
      assertThat(reader.errors()).extracting(SheetError::toString)
          .containsExactly("表!B3: 单元格含公式，请粘贴为数值", "表!A4: 单元格含公式，请粘贴为数值");
      assertThat(table.rows()).extracting(SheetReader.Table.Row::hasErrors).containsExactly(false, true, true);
    }
  }

  @Test
  void aValueMergedAcrossRowsIsRefusedNamingTheRegionWhileAMergeWithinARowReadsItsTopLeftValue() throws IOException {
    File file = xlsxWith(sheet -> {
      sheet.addMergedRegion(new CellRangeAddress(2, 4, 1, 1)); // B3:B5
      sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 1)); // A6:B6
      sheet.addMergedRegion(new CellRangeAddress(6, 7, 3, 3)); // D7:D8, an unread column
    }, row("编码", "名称"), row("A", "甲"), row("B", "乙"), row("C"), row("D"), row("同名"), row("F", "己", "", "备注"),
        row("G", "庚"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码", "名称"), List.of());
      table.rows().forEach(r -> {
        if (r.text("名称") == null) {
          r.error("名称", "名称必填");
        }
      });
      assertThat(reader.errors()).extracting(SheetError::toString).containsExactly("表!B3: 合并单元格 B3:B5 请拆分后填写");
      assertThat(table.rows()).extracting(SheetReader.Table.Row::number).containsExactly(2, 3, 4, 5, 6, 7, 8);
      assertThat(table.rows()).extracting(SheetReader.Table.Row::hasErrors)
          .containsExactly(false, true, true, true, false, false, false);
      SheetReader.Table.Row merged = table.rows().get(4);
      assertThat(merged.text("编码")).isEqualTo("同名");
      assertThat(merged.text("名称")).isEqualTo("同名");
    }
  }

  @Test
  void aCallerReportedProblemNamesTheCellOncePerCell() throws IOException {
    File file = xlsx(row("编码", "日期"), row("A", "昨天"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table.Row row = reader.table("表", List.of("编码", "日期"), List.of()).rows().get(0);
      assertThat(row.date("日期")).isNull();
      row.error("日期", "日期必填");
      row.error("编码", "节点编码重复：A，首次出现在第 5 行");
      assertThat(reader.errors()).extracting(SheetError::toString).containsExactly(
          "表!B2: 无法识别的日期「昨天」，请填写如 2027-05-01 的日期",
          "表!A2: 节点编码重复：A，首次出现在第 5 行");
      assertThatThrownBy(() -> row.text("未声明")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(reader::throwIfErrors).isInstanceOf(SheetFormatException.class)
          .satisfies(e -> assertThat(((SheetFormatException) e).errors()).hasSize(2));
    }
  }

  @Test
  void errorsStopAtTwoHundredWithTheLastSayingSo() throws IOException {
    Object[][] rows = new Object[302][];
    rows[0] = row("数量");
    for (int i = 1; i < rows.length; i++) {
      rows[i] = row("x" + i);
    }
    File file = xlsx(rows);

    try (SheetReader reader = SheetReader.open(file)) {
      reader.table("表", List.of("数量"), List.of()).rows().forEach(r -> r.integer("数量"));
      List<SheetError> errors = reader.errors();
      assertThat(errors).hasSize(SheetReader.MAX_ERRORS);
      assertThat(errors.get(198).cell()).isEqualTo("A200");
      assertThat(errors.get(199).toString()).isEqualTo("错误超过 199 条，其余未列出");
    }
  }

  @Test
  void fiftyThousandDataRowsAreReadAndOneMoreIsRefusedNamingIt() throws IOException {
    File limit = manyRows("limit.xlsx", SheetReader.MAX_DATA_ROWS);
    File over = manyRows("over.xlsx", SheetReader.MAX_DATA_ROWS + 1);

    try (SheetReader reader = SheetReader.open(limit)) {
      SheetReader.Table table = reader.table("表", List.of("编码"), List.of());
      assertThat(table.rows()).hasSize(50_000);
      assertThat(reader.errors()).isEmpty();
    }
    try (SheetReader reader = SheetReader.open(over)) {
      SheetReader.Table table = reader.table("表", List.of("编码"), List.of());
      assertThat(table.rows()).hasSize(50_000);
      // header on row 1, a blank row 2: data row 50,001 is sheet row 50,003
      assertThat(reader.errors()).extracting(SheetError::toString)
          .containsExactly("表: 数据超过 50000 行上限，第 50003 行起未读取");
    }
  }

  File manyRows(String name, int rows) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try {
      SXSSFSheet sheet = wb.createSheet("表");
      sheet.createRow(0).createCell(0).setCellValue("编码");
      for (int i = 0; i < rows; i++) {
        sheet.createRow(i + 2).createCell(0).setCellValue(i);
      }
      File file = dir.resolve(name).toFile();
      try (OutputStream out = Files.newOutputStream(file.toPath())) {
        wb.write(out);
      }
      return file;
    } finally {
      wb.close();
    }
  }

  @Test
  void aMacroEnabledWorkbookIsReadForItsCells() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      Sheet sheet = wb.createSheet("表");
      sheet.createRow(0).createCell(0).setCellValue("编码");
      sheet.createRow(1).createCell(0).setCellValue("M1");
      File file = save(wb, "t.xlsm");

      try (SheetReader reader = SheetReader.open(file)) {
        assertThat(reader.table("表", List.of("编码"), List.of()).rows()).extracting(r -> r.text("编码"))
            .containsExactly("M1");
      }
    }
  }

  @Test
  void randomBytesAreNotAnXlsx() throws IOException {
    File file = dir.resolve("random.xlsx").toFile();
    Files.write(file.toPath(), "这不是表格，只是一些文字。".repeat(50).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SheetReader.open(file)).isInstanceOf(SheetReader.NotXlsxException.class)
        .hasMessage("不是 .xlsx 文件");
  }

  @Test
  void anXlsIsNotAnXlsx() throws IOException {
    File file = dir.resolve("old.xlsx").toFile();
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file.toPath())) {
      wb.createSheet("表").createRow(0).createCell(0).setCellValue("编码");
      wb.write(out);
    }

    assertThatThrownBy(() -> SheetReader.open(file)).isInstanceOf(SheetReader.NotXlsxException.class)
        .hasMessageStartingWith("不是 .xlsx 文件（.xls");
  }

  @Test
  void aZipThatIsNoWorkbookIsNotAnXlsx() throws IOException {
    File file = dir.resolve("plain.zip").toFile();
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file.toPath()))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThatThrownBy(() -> SheetReader.open(file)).isInstanceOf(SheetReader.NotXlsxException.class);
  }

  @Test
  void aPasswordProtectedWorkbookIsNotAnXlsx() throws Exception {
    File file = dir.resolve("secret.xlsx").toFile();
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("密码");
    try (XSSFWorkbook wb = new XSSFWorkbook(); POIFSFileSystem fs = new POIFSFileSystem()) {
      wb.createSheet("表").createRow(0).createCell(0).setCellValue("编码");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file.toPath())) {
        fs.writeFilesystem(out);
      }
    }

    assertThatThrownBy(() -> SheetReader.open(file)).isInstanceOf(SheetReader.NotXlsxException.class)
        .hasMessageContaining("密码");
  }

  @Test
  void aWorkbookThatInflatesLikeAZipBombIsRefused() throws IOException {
    File normal = xlsx(row("编码"), row("A"));
    File bomb = dir.resolve("bomb.xlsx").toFile();
    // 30 MB of spaces inside the sheet XML deflate a thousandfold, far past POI's 1% ratio guard
    String padding = " ".repeat(30_000_000);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(normal.toPath()));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb.toPath()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          content = new String(content, StandardCharsets.UTF_8).replace("<sheetData>", "<sheetData>" + padding)
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }

    assertThatThrownBy(() -> SheetReader.open(bomb)).isInstanceOf(SheetFormatException.class)
        .hasMessageContaining("压缩炸弹");
  }

  @Test
  void sheetErrorsReadAsSheetCellAndMessage() {
    assertThat(new SheetError("计划节点", "C12", "计划完成日期早于计划开始日期").toString())
        .isEqualTo("计划节点!C12: 计划完成日期早于计划开始日期");
    assertThat(new SheetError("计划节点", null, "缺少列：类别").toString()).isEqualTo("计划节点: 缺少列：类别");
    assertThat(new SheetError(null, null, "文件过大").toString()).isEqualTo("文件过大");
  }

  /** The file with one of its parts rewritten, as another program might have written it. */
  File rewritten(File xlsx, String part, UnaryOperator<String> edit) throws IOException {
    File out = dir.resolve("rewritten-" + xlsx.getName()).toFile();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx.toPath()));
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out.toPath()))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(part)) {
          String xml = new String(content, StandardCharsets.UTF_8);
          String changed = edit.apply(xml);
          assertThat(changed).as("edit of " + part).isNotEqualTo(xml);
          content = changed.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out;
  }

  @Test
  void inlineStringCellsReadAsTheirPlainText() throws IOException {
    // WPS and other writers (and POI's streaming writer) put text in the cell: t="inlineStr"
    File file = rewritten(xlsx(row("编码", "名称", "数量"), row("x", "y", "z")), "xl/worksheets/sheet1.xml",
        xml -> xml.replaceFirst("<c r=\"A2\"[^>]*>.*?</c>",
                "<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  ＡＢ１２ </t></is></c>")
            .replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\" t=\"inlineStr\"><is><r><t>主体</t></r>"
                + "<r><rPr><b/></rPr><t>结构</t></r><rPh sb=\"0\" eb=\"2\"><t>zhuti</t></rPh></is></c>")
            .replaceFirst("<c r=\"C2\"[^>]*>.*?</c>", "<c r=\"C2\" t=\"inlineStr\"><is><t>１２</t></is></c>"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table.Row row = reader.table("表", List.of("编码", "名称", "数量"), List.of()).rows().get(0);
      assertThat(row.text("编码")).isEqualTo("AB12");
      assertThat(row.text("名称")).isEqualTo("主体结构");
      assertThat(row.integer("数量")).isEqualTo(12);
      assertThat(reader.errors()).isEmpty();
    }
  }

  @Test
  void aRichTextSharedStringReadsAsItsPlainTextWithoutPhoneticGuides() throws IOException {
    File plain = xlsxWith(sheet -> {
      XSSFFont bold = sheet.getWorkbook().createFont();
      bold.setBold(true);
      XSSFRichTextString name = new XSSFRichTextString("１号楼（一期）");
      name.applyFont(0, 3, bold);
      sheet.getRow(1).createCell(1).setCellValue(name);
    }, row("编码", "名称"), row("漢字"));
    File file = rewritten(plain, "xl/sharedStrings.xml",
        xml -> xml.replace("<t>漢字</t></si>", "<t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"));

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table.Row row = reader.table("表", List.of("编码", "名称"), List.of()).rows().get(0);
      assertThat(row.text("名称")).isEqualTo("1号楼（一期）");
      assertThat(row.text("编码")).isEqualTo("漢字");
    }
  }

  @Test
  void rowsWrittenOutOfOrderReadInSheetOrderWithARepeatedRowReplacingTheEarlier() throws IOException {
    File file = rewritten(xlsx(row("编码", "数量"), row("A", 1), row("B", 2)), "xl/worksheets/sheet1.xml", xml -> {
      String second = xml.substring(xml.indexOf("<row r=\"2\""), xml.indexOf("<row r=\"3\""));
      String third = xml.substring(xml.indexOf("<row r=\"3\""), xml.indexOf("</sheetData>"));
      String again = "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C</t></is></c></row>";
      return xml.replace(second + third, third + second + again);
    });

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table table = reader.table("表", List.of("编码"), List.of("数量"));
      assertThat(table.rows()).extracting(SheetReader.Table.Row::number).containsExactly(2, 3);
      assertThat(table.rows()).extracting(r -> r.text("编码")).containsExactly("A", "C");
      assertThat(table.rows().get(1).integer("数量")).isNull();
      assertThat(reader.errors()).isEmpty();
    }
  }

  @Test
  void datesFollowTheWorkbooks1904DateSystem() throws IOException {
    File file;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
      XSSFSheet sheet = wb.createSheet("表");
      sheet.createRow(0).createCell(0).setCellValue("日期");
      Cell date = sheet.createRow(1).createCell(0);
      date.setCellValue(LocalDate.of(2027, 5, 1));
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      date.setCellStyle(style);
      file = save(wb, "1904.xlsx");
    }

    try (SheetReader reader = SheetReader.open(file)) {
      SheetReader.Table.Row row = reader.table("表", List.of("日期"), List.of()).rows().get(0);
      assertThat(row.date("日期")).isEqualTo(LocalDate.of(2027, 5, 1));
      assertThat(row.text("日期")).isEqualTo("2027-05-01");
    }
  }

  @Test
  void aWordDocumentIsNotAnXlsx() throws IOException {
    File file = dir.resolve("letter.xlsx").toFile();
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file.toPath())) {
      doc.createParagraph().createRun().setText("编码");
      doc.write(out);
    }

    assertThatThrownBy(() -> SheetReader.open(file)).isInstanceOf(SheetReader.NotXlsxException.class)
        .hasMessage("不是 .xlsx 文件");
  }

  @Test
  void theWriterWritesABoldFrozenFilteredHeaderAndTypedCellsTheReaderTakesBack() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SheetWriter writer = new SheetWriter()) {
      writer.title("测试导出");
      SheetWriter.Sheet sheet = writer.sheet("台账", List.of("编码", "名称很长的一列", "日期", "数量", "已完成"));
      sheet.row("A1", "主体结构封顶主体结构封顶主体结构封顶", LocalDate.of(2027, 5, 1), 12, true);
      sheet.row("=1+1", null, null, 2.5, false);
      writer.write(bytes);
      assertThatThrownBy(() -> sheet.row("late")).isInstanceOf(IllegalStateException.class);
    }
    File file = dir.resolve("out.xlsx").toFile();
    Files.write(file.toPath(), bytes.toByteArray());

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file.toPath()))) {
      XSSFSheet sheet = wb.getSheet("台账");
      assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("测试导出");
      assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
      Cell date = sheet.getRow(1).getCell(2);
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("是");
      assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(1)).isNull();
      // 18 CJK characters count 36 wide; "A1" under a two-character header stays near the minimum
      assertThat(sheet.getColumnWidth(1)).isEqualTo(38 * 256);
      assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 256);
      assertThat(sheet.getColumnWidth(2)).isEqualTo(12 * 256);
    }
    try (SheetReader reader = SheetReader.open(file)) {
      List<SheetReader.Table.Row> rows = reader.table("台账", List.of("编码"), List.of("日期", "数量", "已完成")).rows();
      assertThat(rows.get(0).date("日期")).isEqualTo(LocalDate.of(2027, 5, 1));
      assertThat(rows.get(0).integer("数量")).isEqualTo(12);
      assertThat(rows.get(1).text("编码")).isEqualTo("=1+1");
      assertThat(rows.get(1).text("已完成")).isEqualTo("否");
      assertThat(reader.errors()).isEmpty();
    }
  }

  @Test
  void theWriterRefusesValuesItWouldShowInEnglish() {
    try (SheetWriter writer = new SheetWriter()) {
      SheetWriter.Sheet sheet = writer.sheet("表", List.of("级别"));
      assertThatThrownBy(() -> sheet.row(Thread.State.NEW)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
