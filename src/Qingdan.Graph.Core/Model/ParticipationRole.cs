namespace Qingdan.Graph.Core.Model;

/// <summary>The part an official took in a decision.</summary>
public enum ParticipationRole
{
    Approver,
    Signer,
    Evaluator,
    Handler,
}
