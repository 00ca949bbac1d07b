using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class CustomerWriteTests : IClassFixture<SandboxSession>
{
    private const string Rows = """
        $rows = @(
            [pscustomobject]@{ Name = 'Lê Thị Hoa'; Phone = '0901 234 567'; Email = 'hoa@example.vn'; Birthday = '23/11/1990'; Gender = 'Nữ'; Note = '' }
            [pscustomobject]@{ Name = 'Phạm Minh Tuấn'; Phone = '+84 912.345.678'; Email = 'not-an-email'; Birthday = ''; Gender = 'Nam'; Note = 'bad row' }
            [pscustomobject]@{ Name = 'Võ Văn Kiệt'; Phone = '0988-777-666'; Email = ''; Birthday = '1985-02-01'; Gender = ''; Note = 'VIP' }
        )
        """;

    private readonly SandboxSession shop;

    public CustomerWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void The_bare_customer_the_reference_prints_as_the_create_and_update_answer_is_read_as_well_as_the_wrapped_one()
    {
        shop.Sandbox.Options.WrapCustomerAnswers = false; // read on every request
        try
        {
            var created = shop.Shell.Run("New-KvCustomer -Name 'Khách trần' -Phone '0904555666' -Code 'KHBARE1'").ShouldSucceed().Output.Single();
            var id = (long)created.Properties["Id"].Value;
            var updated = shop.Shell.Run($"Set-KvCustomer -Id {id} -Comments 'trần' -PassThru").ShouldSucceed().Output.Single();

            Assert.Equal(shop.Controls.Customers.Single(c => c.Code == "KHBARE1").Id, id);
            Assert.Equal("trần", updated.Properties["Comments"].Value);
            Assert.DoesNotContain(shop.Controls.Requests, r => r.Method == "GET" && r.Path == "/customers"); // no create looked up: its answer was read
        }
        finally
        {
            shop.Sandbox.Options.WrapCustomerAnswers = true;
        }
    }

    [Fact]
    public void Csv_rows_create_customers_and_a_bad_row_is_reported_with_the_row_as_target()
    {
        var before = shop.Controls.CustomerCount;

        var result = shop.Shell.Run(Rows + "\n$rows | New-KvCustomer");

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal(before + 2, shop.Controls.CustomerCount);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/customers"));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietInvalidCustomer,", error.FullyQualifiedErrorId);
        Assert.Contains("not-an-email", error.Exception.Message);
        Assert.Equal("bad row", ((PSObject)error.TargetObject).Properties["Note"].Value);

        var hoa = result.Output[0];
        Assert.Equal("Lê Thị Hoa", hoa.Properties["Name"].Value);
        Assert.StartsWith("KH", (string)hoa.Properties["Code"].Value);
        Assert.Equal("Female", hoa.Properties["Gender"].Value?.ToString());
        Assert.Equal(new DateTime(1990, 11, 23), (DateTime)hoa.Properties["BirthDate"].Value);
        Assert.Equal("VIP", result.Output[1].Properties["Comments"].Value);
    }

    [Fact]
    public void WhatIf_sends_nothing()
    {
        var result = shop.Shell.Run(Rows + """

            $rows | New-KvCustomer -WhatIf
            Get-KvCustomer -First 2 | Set-KvCustomer -Email 'x@y.vn' -WhatIf
            Remove-KvCustomer -Id 1 -WhatIf
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/customers"));
    }

    [Fact]
    public void Piped_customers_bind_to_set_and_only_the_given_field_changes()
    {
        var original = shop.Shell.Run("Get-KvCustomer -First 1").ShouldSucceed().Output.Single();
        var code = (string)original.Properties["Code"].Value;

        var result = shop.Shell.Run($"Get-KvCustomer -Code '{code}' | Set-KvCustomer -Email 'moi@example.vn' -PassThru").ShouldSucceed();

        var updated = result.Output.Single();
        Assert.Equal("moi@example.vn", updated.Properties["Email"].Value);
        Assert.Equal(original.Properties["Name"].Value, updated.Properties["Name"].Value);
        Assert.Equal(original.Properties["ContactNumber"].Value, updated.Properties["ContactNumber"].Value);
        var put = Assert.Single(shop.Controls.Requests, r => r.Method == "PUT");
        Assert.Equal($"/customers/{original.Properties["Id"].Value}", put.Path);
    }

    [Fact]
    public void Set_without_any_field_is_refused_and_sends_nothing()
    {
        var result = shop.Shell.Run("Get-KvCustomer -First 1 | Set-KvCustomer");

        Assert.StartsWith("KiotVietNoCustomerChanges,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers"));
    }

    [Fact]
    public void Duplicate_code_is_a_validation_error_with_kiotviet_details_and_the_pipeline_goes_on()
    {
        var code = (string)shop.Shell.Run("Get-KvCustomer -First 1").ShouldSucceed().Output.Single().Properties["Code"].Value;

        var result = shop.Shell.Run($"New-KvCustomer -Name 'Trùng Mã' -Code '{code}'; New-KvCustomer -Name 'Khách Mới'");

        Assert.Null(result.Terminating);
        Assert.Single(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("Code", error.ErrorDetails.Message);
    }

    [Fact]
    public void A_create_whose_answer_is_lost_after_it_was_saved_is_found_and_output_not_sent_again()
    {
        var before = shop.Controls.CustomerCount;
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/customers", count: 1));

        var result = shop.Shell.Run("New-KvCustomer -Name 'Đỗ Thị Mai' -Phone '0903000111' -Verbose");

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(before + 1, shop.Controls.CustomerCount);
        var customer = Assert.Single(result.Output);
        Assert.Equal("Đỗ Thị Mai", customer.Properties["Name"].Value);
        Assert.StartsWith("KH", (string)customer.Properties["Code"].Value);
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }

    [Fact]
    public void A_create_whose_connection_drops_before_it_was_saved_is_looked_up_then_sent_again_once()
    {
        var before = shop.Controls.CustomerCount;
        shop.Controls.InjectFault(SandboxFault.DropConnection("POST", "/customers", count: 1));

        var result = shop.Shell.Run("New-KvCustomer -Name 'Đỗ Thị Mai' -Phone '0903000112' -Code 'KHMAI01' -Verbose");

        Assert.Empty(result.Errors);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/customers"));
        // Looked up with the documented list filter, whose empty answer is unambiguous (docs/design.md).
        Assert.Single(shop.Controls.Requests, r => r.Method == "GET" && r.Path == "/customers" && r.QueryString.Contains("code=KHMAI01"));
        Assert.Equal(0, shop.Controls.RequestCount("GET", "/customers/code/"));
        Assert.Equal(before + 1, shop.Controls.CustomerCount);
        Assert.Equal("KHMAI01", Assert.Single(result.Output).Properties["Code"].Value);
        Assert.Contains(result.Verbose, v => v.Contains("did not apply") && v.Contains("sending it again"));
    }

    [Fact]
    public void A_create_whose_outcome_stays_unknown_is_a_row_error_saying_so_and_the_import_goes_on()
    {
        shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 1").ShouldSucceed();
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/customers", count: 1));
        shop.Controls.InjectFault(SandboxFault.Status(503, "GET", "/customers", count: 4));

        var result = shop.Shell.Run("""
            @([pscustomobject]@{ Name = 'Đỗ Thị Mai'; Phone = '0903000113' }, [pscustomobject]@{ Name = 'Lê Văn Nam'; Phone = '0903000114' }) | New-KvCustomer
            """);

        Assert.Null(result.Terminating);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Đỗ Thị Mai", ((PSObject)error.TargetObject).Properties["Name"].Value);
        Assert.Contains("is unknown", error.Exception.Message);
        Assert.Contains("look it up", error.ErrorDetails.Message);
        Assert.Equal(true, PSObject.AsPSObject(error.Exception).Properties["MayHaveBeenApplied"].Value);
        Assert.Equal("Lê Văn Nam", Assert.Single(result.Output).Properties["Name"].Value);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/customers"));
    }

    [Fact]
    public void A_502_after_the_update_was_saved_is_reported_as_updated()
    {
        var id = shop.Controls.Customers[0].Id;
        shop.Controls.InjectFault(SandboxFault.StatusAfterCommit(502, "PUT", "/customers", count: 1));

        var result = shop.Shell.Run($"Set-KvCustomer -Id {id} -Comments 'sau 502' -PassThru");

        Assert.Empty(result.Errors);
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Equal("sau 502", Assert.Single(result.Output).Properties["Comments"].Value);
    }

    [Fact]
    public void A_delete_whose_answer_is_lost_is_done_when_the_customer_is_gone()
    {
        var id = shop.Controls.Customers[0].Id;
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("DELETE", "/customers", count: 1));

        var result = shop.Shell.Run($"Remove-KvCustomer -Id {id} -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Equal(1, shop.Controls.RequestCount("DELETE", "/customers"));
        Assert.DoesNotContain(shop.Controls.Customers, c => c.Id == id);
    }

    [Fact]
    public void Prompts_name_the_customer_by_code_and_name_not_only_its_id()
    {
        var customer = shop.Controls.Customers[0];

        // A piped customer names itself; ShouldProcess's verbose line shows the target the prompt would show.
        var piped = shop.Shell.Run($"Get-KvCustomer -Id {customer.Id} | Remove-KvCustomer -Confirm:$false -Verbose");

        Assert.Empty(piped.Errors);
        Assert.Contains(piped.Verbose, v => v.Contains($"customer {customer.Code} {customer.Name} (id {customer.Id})"));
    }

    [Fact]
    public void WhatIf_with_a_bare_id_reads_the_customer_to_name_it_and_writes_nothing()
    {
        var customer = shop.Controls.Customers[1];

        var result = shop.Shell.Run($"Remove-KvCustomer -Id {customer.Id} -WhatIf; Set-KvCustomer -Id {customer.Id} -Email 'x@example.vn' -WhatIf");

        Assert.Empty(result.Errors);
        Assert.Equal(2, shop.Controls.RequestCount("GET", $"/customers/{customer.Id}"));
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/customers") + shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Contains(customer.Id, shop.Controls.Customers.Select(c => c.Id));
    }

    [Fact]
    public void A_bulk_write_ends_with_a_summary_of_every_row()
    {
        var result = shop.Shell.Run(Rows + "\n$rows | New-KvCustomer -ErrorAction SilentlyContinue -InformationVariable info | Out-Null; $info.MessageData | Where-Object { $_ -is [KiotViet.BulkWriteSummary] } | ForEach-Object { $_.ToString() }");

        Assert.Equal("New-KvCustomer: 3 row(s): 2 created, 0 skipped as existing, 1 refused, 0 failed.", Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void Remove_deletes_piped_customers()
    {
        var before = shop.Controls.CustomerCount;

        shop.Shell.Run("Get-KvCustomer -First 2 | Remove-KvCustomer -Confirm:$false").ShouldSucceed();

        Assert.Equal(before - 2, shop.Controls.CustomerCount);
        Assert.Equal(2, shop.Controls.RequestCount("DELETE", "/customers"));
    }
}
