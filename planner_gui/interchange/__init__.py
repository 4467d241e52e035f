"""The interchange workbook of CONTRACT.md section 2: read (validate every row, then write) and write. No Qt."""
