using System.Globalization;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Product units and variants as the product writes give them (masterUnitId + conversionValue, masterProductId,
/// hasVariants + attributes, images, isActive, isRewardPoint), checked, stored, and shown by the reads: a product of a
/// family with more than one unit lists the family's units (the base first), as 2.4.1/2.4.2 print <c>units</c>.
/// </summary>
internal static class ProductFamilies
{
    /// <summary>The refusal of a body's unit or variant fields, or null.</summary>
    public static IResult? Refusal(SandboxOptions options, ShopData data, JsonObject body, long exceptId)
    {
        if (BodyFields.Long(body, "masterUnitId") is { } masterUnit)
        {
            var master = data.Products.FirstOrDefault(p => p.Id == masterUnit);
            if (master is null || master.Id == exceptId || master.MasterUnitId is not null)
            {
                const string message = "Hàng hóa đơn vị cơ bản không tồn tại";
                return ApiErrors.Validation(options, message, new ApiFieldError("NotExist", "MasterUnitId", message));
            }

            if (BodyFields.Decimal(body, "conversionValue") is not > 0)
            {
                const string message = "Giá trị quy đổi phải lớn hơn 0";
                return ApiErrors.Validation(options, message, new ApiFieldError("GreaterThan", "ConversionValue", message));
            }
        }

        if (BodyFields.Long(body, "masterProductId") is { } family && data.Products.All(p => p.Id != family))
        {
            const string message = "Hàng hóa cùng loại không tồn tại";
            return ApiErrors.Validation(options, message, new ApiFieldError("NotExist", "MasterProductId", message));
        }

        foreach (var attribute in (body["attributes"] as JsonArray)?.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
        {
            if (string.IsNullOrWhiteSpace(BodyFields.String(attribute, "attributeName")) || string.IsNullOrWhiteSpace(BodyFields.String(attribute, "attributeValue")))
            {
                const string message = "Thuộc tính phải có tên và giá trị";
                return ApiErrors.Validation(options, message, new ApiFieldError("NotEmpty", "Attributes", message));
            }
        }

        return null;
    }

    /// <summary>Sets the unit and variant fields a body gives (creates: masterProductId and images too).</summary>
    public static void Apply(Product product, JsonObject body)
    {
        if (BodyFields.Long(body, "masterUnitId") is { } masterUnit)
        {
            product.MasterUnitId = masterUnit;
        }

        if (BodyFields.Decimal(body, "conversionValue") is { } conversion)
        {
            product.ConversionValue = (double)conversion;
        }

        if (BodyFields.Long(body, "masterProductId") is { } family)
        {
            product.MasterProductId = family;
        }

        if (body["attributes"] is JsonArray attributes)
        {
            product.Attributes = attributes.OfType<JsonObject>()
                .Select(a => new ProductAttributeRow(product.Id, BodyFields.String(a, "attributeName")!.Trim(), BodyFields.String(a, "attributeValue")!.Trim()))
                .ToList();
            product.HasVariants = product.Attributes.Count > 0 || product.HasVariants;
        }

        product.HasVariants = BodyFields.Bool(body, "hasVariants") ?? product.HasVariants;
        if (body["images"] is JsonArray images)
        {
            product.Images = images.Select(i => i is JsonValue v && v.TryGetValue<string>(out var url) ? url : null).OfType<string>().ToList();
        }

        product.IsActive = BodyFields.Bool(body, "isActive") ?? product.IsActive;
        product.IsRewardPoint = BodyFields.Bool(body, "isRewardPoint") ?? product.IsRewardPoint;
    }

    /// <summary>Adds a read's <c>units</c> (not printed by the write answers, 2.4.3/2.4.4) (when the family has more than one) and <c>images</c> to a product row.</summary>
    public static void AddUnitsAndImages(JsonObject node, Product product, IReadOnlyList<Product> all, bool imagesAsObjects, bool includeUnits = true)
    {
        var baseId = product.MasterUnitId ?? product.Id;
        var family = all.Where(p => p.Id == baseId || p.MasterUnitId == baseId).OrderBy(p => p.MasterUnitId is null ? 0 : 1).ThenBy(p => p.Id).ToList();
        if (includeUnits && family.Count > 1)
        {
            node["units"] = new JsonArray(family.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id,
                ["code"] = p.Code,
                ["name"] = p.Name,
                ["fullName"] = p.FullName,
                ["unit"] = p.Unit,
                ["conversionValue"] = p.ConversionValue ?? 1,
                ["basePrice"] = p.BasePrice,
            }).ToArray());
        }

        if (product.Images is { Count: > 0 } images)
        {
            node["images"] = new JsonArray(images.Select(url => imagesAsObjects ? (JsonNode)new JsonObject { ["Image"] = url } : JsonValue.Create(url)).ToArray());
        }
    }
}
