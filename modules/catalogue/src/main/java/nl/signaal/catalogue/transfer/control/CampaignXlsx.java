package nl.signaal.catalogue.transfer.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The same columns as the CSV, in the first sheet of an Excel workbook (Apache POI). Cells are
 * read as Excel displays them ({@link DataFormatter}), so a year typed as the number 2020
 * reads as "2020", not "2020.0". Years are written as numbers, everything else as text.
 */
public final class CampaignXlsx {

    private CampaignXlsx() {
    }

    public static boolean looksLikeXlsx(byte[] file) {
        return file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }

    public static Sheet read(byte[] file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                return new Sheet(List.of(), List.of());
            }
            List<String> header = new ArrayList<>();
            for (int i = 0; i < headerRow.getLastCellNum(); i++) {
                header.add(formatter.formatCellValue(headerRow.getCell(i)).strip());
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < header.size(); i++) {
                    String value = formatter.formatCellValue(row.getCell(i));
                    empty &= value.isBlank();
                    cells.put(header.get(i), value);
                }
                if (!empty) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return new Sheet(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(e.getMessage());
        }
    }

    public static byte[] write(List<CampaignData> campaigns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("campagnes");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < CampaignColumns.ALL.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(CampaignColumns.ALL.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (CampaignData c : campaigns) {
                Row row = sheet.createRow(r++);
                int i = 0;
                for (Map.Entry<String, String> cell : CampaignRows.format(c).entrySet()) {
                    Cell target = row.createCell(i++);
                    boolean year = cell.getKey().endsWith("_year") && !cell.getValue().isEmpty();
                    if (year) {
                        target.setCellValue(Integer.parseInt(cell.getValue()));
                    } else {
                        target.setCellValue(cell.getValue());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
