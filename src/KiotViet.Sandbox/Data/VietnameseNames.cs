namespace KiotViet.Sandbox.Data;

/// <summary>Word lists for realistic Vietnamese seed data (with diacritics).</summary>
internal static class VietnameseNames
{
    public static readonly string[] FamilyNames =
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    };

    public static readonly string[] MaleMiddleNames = { "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công" };

    public static readonly string[] FemaleMiddleNames = { "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Bảo" };

    public static readonly string[] MaleGivenNames =
    {
        "Đức", "Hùng", "Dũng", "Tuấn", "Phong", "Long", "Quân", "Khoa", "Sơn", "Thắng", "Huy", "Nam", "Bảo", "Lộc", "Tài", "Trí",
    };

    public static readonly string[] FemaleGivenNames =
    {
        "Hương", "Lan", "Mai", "Linh", "Trang", "Thảo", "Ngọc", "Hà", "Yến", "Nhung", "Phương", "Hạnh", "Vy", "Châu", "Oanh", "Diệp",
    };

    public static readonly (string City, string[] Districts)[] Locations =
    {
        ("Hồ Chí Minh", new[] { "Quận 1", "Quận 3", "Quận 7", "Quận Bình Thạnh", "Quận Tân Bình", "Thành phố Thủ Đức" }),
        ("Hà Nội", new[] { "Quận Hoàn Kiếm", "Quận Ba Đình", "Quận Đống Đa", "Quận Cầu Giấy", "Quận Hai Bà Trưng" }),
        ("Đà Nẵng", new[] { "Quận Hải Châu", "Quận Sơn Trà", "Quận Thanh Khê" }),
        ("Cần Thơ", new[] { "Quận Ninh Kiều", "Quận Cái Răng" }),
    };

    public static readonly string[] WardNames =
    {
        "Phường Bến Nghé", "Phường Đa Kao", "Phường 1", "Phường 5", "Phường 12", "Phường Tân Định", "Phường Láng Hạ", "Phường Hàng Bạc",
    };

    public static readonly string[] Streets =
    {
        "Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ", "Phan Đình Phùng", "Cách Mạng Tháng Tám",
    };

    public static readonly string[] Organizations = { "Công ty TNHH Minh Phát", "Công ty CP Thương mại Sao Việt", "Cửa hàng Tạp hóa Hồng Nhung" };

    public static readonly string[] MobilePrefixes = { "090", "091", "093", "096", "097", "098", "032", "035", "070", "077", "083", "086" };

    /// <summary>ASCII-folds a Vietnamese name for e-mail addresses.</summary>
    public static string Fold(string text)
    {
        var normalized = text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD);
        var chars = normalized.Where(c => c < 128 && char.IsLetterOrDigit(c)).ToArray();
        return new string(chars).ToLowerInvariant();
    }
}
