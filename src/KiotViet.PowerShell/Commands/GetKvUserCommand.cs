using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the users (nhân viên) of the shop.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(User), typeof(RemovedRecord))]
public sealed class GetKvUserCommand : KvRemovableListingCmdlet<User, UserQuery>
{

    /// <summary>Only users whose name or user name matches this wildcard pattern.</summary>
    [Parameter(Position = 0), SupportsWildcards, ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    protected override string ItemsName => "users";

    protected override Func<User, bool>? FilterHere => Name is null ? null : user => NameFilter.Matches(Name, user.GivenName) || NameFilter.Matches(Name, user.UserName);
}
