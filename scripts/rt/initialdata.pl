# What REST2 in RT 5.0 cannot create: rights (there is no ACL endpoint) and custom
# fields applied to queues (no endpoint applies a field to an object). Loaded by
# `rt-peer.sh init` with rt-setup-database --action insert; users and tickets are seeded
# over REST2 by `rt-peer.sh seed`.

my @queues = ('Tier 1', 'Tier 2', 'Payments');

@Queues = map { { Name => $_, Description => "Polydesk test queue $_" } } @queues;

# Agents join this group (over REST2); its rights hold on the three queues only, so
# tickets in other queues (General) stay invisible to them, as in real deployments.
@Groups = ({ Name => 'Support agents', Description => 'Agents of the Polydesk test queues' });

my @agent_rights = qw(SeeQueue ShowTicket ShowTicketComments CreateTicket ReplyToTicket
  CommentOnTicket ModifyTicket OwnTicket TakeTicket StealTicket ReassignTicket
  SeeCustomField ModifyCustomField SetInitialCustomField ShowOutgoingEmail);

@ACL = (
  (map { my $q = $_; map { { GroupId => 'Support agents', GroupDomain => 'UserDefined',
                              Queue => $q, Right => $_ } } @agent_rights } @queues),
  # Customers write in by mail (the mail gateway): anyone may open and answer tickets.
  (map { my $q = $_; map { { GroupDomain => 'SystemInternal', GroupType => 'Everyone',
                              Queue => $q, Right => $_ } } qw(CreateTicket ReplyToTicket) }
   @queues, 'General'),
);

@CustomFields = (
  { Name => 'Order ID', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket',
    Queue => \@queues, Description => 'The marketplace order the case is about' },
  { Name => 'Creator ID', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket',
    Queue => \@queues, Description => 'The creator account the case is about' },
  { Name => 'Customer Kind', Type => 'SelectSingle', LookupType => 'RT::Queue-RT::Ticket',
    Queue => \@queues, Description => 'creator, seller or viewer',
    Values => [ map { { Name => $_ } } qw(creator seller viewer) ] },
  { Name => 'Tags', Type => 'FreeformMultiple', LookupType => 'RT::Queue-RT::Ticket',
    Queue => \@queues, Description => 'Free tags (Polydesk maps its tags here)' },
);

1;
