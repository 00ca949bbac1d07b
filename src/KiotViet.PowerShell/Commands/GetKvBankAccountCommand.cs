using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the bank accounts of the shop (tài khoản ngân hàng).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvBankAccount", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(BankAccount), typeof(RemovedRecord))]
public sealed class GetKvBankAccountCommand : KvRemovableListingCmdlet<BankAccount, BankAccountQuery>
{

    protected override string ItemsName => "bank accounts";
}
