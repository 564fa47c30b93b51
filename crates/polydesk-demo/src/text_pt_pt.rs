//! European Portuguese (pt-PT): how customers in Portugal write in, and how a Portuguese
//! agent answers ("encomenda", "telemóvel", "equipa", "contacto", third person, no "você").

use super::scenario::Scenario;
use super::text::{LanguageText, ScenarioText};

pub static TEXT: LanguageText = LanguageText {
    greeting: "Olá, {name}.",
    sign_off: "Com os melhores cumprimentos,\n{agent}\nApoio a Criadores e Vendedores",
    nudges: &[
        "Há alguma novidade sobre o meu caso?",
        "Continuo à espera de uma resposta. Podem dar-me um ponto de situação?",
        "Já passaram {days} dias e ainda ninguém me respondeu. Não queria ter de abrir outro pedido.",
    ],
    thanks: &[
        "Já recebi, muito obrigado! Está resolvido.",
        "Funcionou, obrigada pela ajuda!",
        "Agora aparece tudo certo. Obrigado pela rapidez.",
    ],
    updates: &[
        "Obrigado pela sua mensagem. Informamos que o seu caso continua em análise pela equipa responsável (referência {ref}). Assim que houver alguma atualização, daremos notícias por aqui.",
        "Ainda aguardamos a resposta da equipa interna. Agradecemos a paciência; não é necessário abrir um novo pedido.",
    ],
    notes: &[
        "Cliente também contactou pelo chat; juntei tudo neste caso.",
        "A aguardar resposta da equipa de Pagamentos, ref. {ref}.",
        "Cliente já enviou as capturas de ecrã; confirmar com o Tier 2 antes de responder.",
    ],
    gifts: &["Rosa", "Leão", "Galáxia", "Universo", "Coração", "Carro Desportivo", "Baleia", "Foguetão"],
    streams: &[
        "Fado ao vivo na sala",
        "Maquilhagem de domingo",
        "Noite de jogos até tarde",
        "Receitas da avó em direto",
        "Treino em casa",
        "Unboxing de novidades",
    ],
    products: &[
        "auscultadores Bluetooth",
        "capa para telemóvel",
        "kit de cuidados de pele",
        "sapatilhas de corrida",
        "candeeiro LED",
        "t-shirt oversized",
        "garrafa térmica",
    ],
    scenario,
};

fn scenario(s: Scenario) -> &'static ScenarioText {
    match s {
        Scenario::LiveGiftsMissing => &GIFTS,
        Scenario::PayoutDelayed => &PAYOUT,
        Scenario::StreamInterrupted => &STREAM,
        Scenario::AccountRestricted => &ACCOUNT,
        Scenario::OrderDispute => &DISPUTE,
        Scenario::RefundMissing => &REFUND,
        Scenario::ParcelStuck => &PARCEL,
        Scenario::ListingRemoved => &LISTING,
        Scenario::RechargeMissing => &RECHARGE,
    }
}

static GIFTS: ScenarioText = ScenarioText {
    subjects: &[
        "Não recebi os diamantes da transmissão de {date}",
        "Presentes do direto não foram creditados",
        "Faltam diamantes no saldo após o direto",
    ],
    openings: &[
        "Boa tarde. No dia {date} fiz uma transmissão em direto («{stream}») e os meus seguidores enviaram vários presentes, incluindo o presente «{gift}», mas não recebi os diamantes. Deviam ser cerca de {diamonds} diamantes. Podem verificar, por favor?",
        "Olá. Terminei o direto às {time} e os presentes não entraram na minha conta. Tenho capturas de ecrã dos seguidores a mostrar que enviaram o «{gift}». Faltam {diamonds} diamantes no saldo.",
        "Bom dia. Desde a transmissão de {date} que o saldo de diamantes não atualiza. Já reiniciei a aplicação e voltei a iniciar sessão no telemóvel, mas nada. Agradeço uma resposta rápida.",
    ],
    follow_ups: &[
        "Já enviei as capturas de ecrã que pediram. Continuo sem os diamantes e já passaram {days} dias.",
        "Há novidades? Os meus seguidores perguntam se os presentes chegaram e não sei o que lhes dizer.",
    ],
    replies: &[
        "Agradecemos a sua mensagem e lamentamos o incómodo. Para analisarmos os presentes da transmissão «{stream}» de {date}, pedimos que nos envie:\n- capturas de ecrã da página de ganhos;\n- a hora aproximada em que recebeu o presente «{gift}».\nCom estes dados conseguimos rastrear as transações.",
        "Agradecemos a sua paciência. O caso foi encaminhado para a equipa de Pagamentos (referência {ref}). Os presentes enviados nos últimos minutos de um direto podem demorar até 72 horas a ser processados. Daremos notícias assim que possível.",
    ],
    resolutions: &[
        "Temos boas notícias: a equipa de Pagamentos confirmou a falha de sincronização e os {diamonds} diamantes da transmissão de {date} já foram creditados no seu saldo. Se precisar de mais alguma coisa, basta responder a esta mensagem.",
        "Concluímos a análise: os presentes da transmissão «{stream}» foram processados e o saldo de diamantes foi corrigido. Pedimos desculpa pela demora.",
    ],
};

static PAYOUT: ScenarioText = ScenarioText {
    subjects: &[
        "Levantamento pendente há {days} dias",
        "Não recebi o pagamento de {amount}",
        "Transferência para o IBAN ainda não chegou",
    ],
    openings: &[
        "Boa tarde. Pedi o levantamento de {amount} no dia {date} (ID {withdrawal}) e o estado continua «pendente». A minha conta bancária e o NIF estão verificados. O que se passa?",
        "Bom dia. A aplicação indicava um prazo de até 5 dias úteis, mas já passaram {days} dias e o valor de {amount} não entrou na minha conta. Preciso deste dinheiro para as despesas do mês.",
        "Olá. O levantamento {withdrawal} aparece como concluído na aplicação, mas o banco diz que não recebeu nenhuma transferência para o meu IBAN. Podem enviar-me o comprovativo?",
    ],
    follow_ups: &[
        "Voltei a confirmar com o banco e nada. Têm alguma previsão?",
        "Já atualizei os dados bancários, como pediram. O levantamento de {amount} continua pendente.",
    ],
    replies: &[
        "Agradecemos o seu contacto. Verificámos que o levantamento {withdrawal}, no valor de {amount}, está em análise pela equipa financeira. Para agilizar, confirme, por favor, se o nome do titular e o IBAN registados estão corretos.",
        "O seu caso foi encaminhado com prioridade para a equipa de Pagamentos (referência {ref}). Os levantamentos acima de determinado valor passam por uma verificação adicional, que pode demorar até {hours} horas.",
    ],
    resolutions: &[
        "O levantamento {withdrawal} de {amount} foi libertado hoje e deverá estar disponível na sua conta no prazo de 1 dia útil. Agradecemos a paciência.",
        "A transferência foi reprocessada e o banco confirmou a receção de {amount}. O comprovativo está disponível em Carteira > Histórico de levantamentos.",
    ],
};

static STREAM: ScenarioText = ScenarioText {
    subjects: &[
        "O meu direto foi interrompido sem aviso",
        "Transmissão em direto terminou sozinha",
        "Direto sempre a falhar e com menos alcance",
    ],
    openings: &[
        "Estava em direto com «{stream}» no dia {date}, por volta das {time}, e a transmissão terminou sozinha. Apareceu apenas uma mensagem de erro. A minha internet estava a funcionar normalmente (fibra). Perdi muitos espectadores.",
        "Olá. Há {days} dias que os meus diretos vão abaixo de poucos em poucos minutos e o número de espectadores caiu para metade. Tenho alguma restrição? Não recebi qualquer notificação.",
        "Boa noite. O meu direto de ontem foi cortado a meio e agora não consigo iniciar outro, fica sempre a carregar. Uso a aplicação no telemóvel, com tudo atualizado.",
    ],
    follow_ups: &[
        "Tentei outra vez hoje e o direto voltou a cair ao fim de uns 20 minutos.",
        "Envio em anexo a gravação do ecrã com o erro. O telemóvel e a aplicação estão atualizados.",
    ],
    replies: &[
        "Agradecemos o aviso. Para investigarmos a interrupção da transmissão «{stream}» de {date}, pode indicar-nos o modelo do telemóvel, a versão da aplicação e se estava ligado por Wi-Fi ou por dados móveis? Uma gravação do ecrã com o erro também ajuda bastante.",
        "Verificámos a sua conta e não existe nenhuma restrição ativa. A interrupção deveu-se a uma instabilidade no servidor de transmissão da sua região nesse horário. A nossa equipa técnica já está a acompanhar a situação (referência {ref}).",
    ],
    resolutions: &[
        "A equipa técnica corrigiu a instabilidade que afetava as transmissões. Pode experimentar iniciar um novo direto? Se o problema voltar a acontecer, basta responder a esta mensagem e reabrimos a análise.",
        "Confirmámos que a interrupção foi uma falha do nosso lado. O alcance das suas próximas transmissões não será afetado pelo encerramento anterior. Bons diretos!",
    ],
};

static ACCOUNT: ScenarioText = ScenarioText {
    subjects: &[
        "Recurso: fui banido dos diretos injustamente",
        "Conta restringida sem explicação",
        "Não consigo fazer diretos – suspensão de {days} dias",
    ],
    openings: &[
        "Recebi uma suspensão de LIVE por «conteúdo impróprio» durante a transmissão «{stream}», mas não fiz nada contra as diretrizes. Quero apresentar recurso. O meu trabalho depende disto.",
        "Boa tarde. A minha conta foi restringida hoje e já não consigo entrar em direto nem receber presentes. Não recebi nenhum aviso prévio. Podem rever a situação, por favor?",
        "Fui suspenso dos diretos durante {days} dias por causa da música de fundo. A música é da minha autoria e consigo prová-lo. Como faço o recurso?",
    ],
    follow_ups: &[
        "Também preenchi o formulário de recurso na aplicação. Tenho parcerias marcadas para esta semana e não posso ficar sem diretos.",
        "Já passaram {days} dias e continuo sem resposta ao recurso. Alguém me pode ajudar?",
    ],
    replies: &[
        "Agradecemos o seu contacto e compreendemos a sua preocupação. O recurso foi registado (referência {ref}) e será analisado pela equipa de Confiança e Segurança. Se tiver provas adicionais, como a licença da música ou capturas de ecrã, pode enviá-las por aqui.",
        "Verificámos que a restrição foi aplicada automaticamente após uma denúncia durante a transmissão «{stream}». O recurso já se encontra em revisão manual; o prazo médio de resposta é de {hours} horas.",
    ],
    resolutions: &[
        "Após revisão manual, concluímos que a restrição foi aplicada por engano. O acesso aos diretos foi reposto e o registo foi removido do histórico da sua conta.",
        "A equipa de Confiança e Segurança reviu o recurso e manteve a restrição, que termina dentro de {days} dias. Pode consultar as Diretrizes da Comunidade em https://example.com/help para evitar novas ocorrências.",
    ],
};

static DISPUTE: ScenarioText = ScenarioText {
    subjects: &[
        "Disputa aberta na encomenda {order}",
        "Reclamação injusta do comprador – encomenda {order}",
        "Encomenda {order}: cliente diz que não a recebeu",
    ],
    openings: &[
        "Boa tarde. O comprador da encomenda {order} abriu uma disputa a dizer que o produto «{product}» chegou com defeito, mas testei tudo antes de enviar e tenho vídeo do embalamento. Como posso contestar?",
        "Olá. A encomenda {order} consta como entregue pela {carrier}, mas o cliente abriu uma disputa a alegar que não a recebeu. O valor de {amount} ficou retido no meu saldo.",
        "Tenho uma loja no Shop e recebi uma disputa na encomenda {order}. O cliente quer devolver o produto «{product}» depois de 20 dias de utilização. Isto está dentro das regras?",
    ],
    follow_ups: &[
        "Anexei o vídeo do embalamento e o comprovativo de entrega. O valor continua retido.",
        "O comprador não responde às minhas mensagens no chat. Podem servir de intermediários?",
    ],
    replies: &[
        "Agradecemos o seu contacto. Para contestar a disputa da encomenda {order}, envie-nos, por favor, o vídeo do embalamento, a fatura e o número de seguimento. Com estes documentos, a equipa de Apoio ao Vendedor analisa o caso em até {hours} horas.",
        "Analisámos a encomenda {order} e o seguimento confirma a entrega. Pedimos mais informações ao comprador; entretanto, o valor de {amount} fica retido até à decisão.",
    ],
    resolutions: &[
        "A disputa da encomenda {order} foi encerrada a seu favor. O valor de {amount} foi libertado no seu saldo do Shop.",
        "Concluímos a análise da encomenda {order}: a devolução foi aprovada e os portes ficam a cargo da plataforma, sem prejuízo para a sua loja.",
    ],
};

static REFUND: ScenarioText = ScenarioText {
    subjects: &[
        "Reembolso não recebido – encomenda {order}",
        "Ainda não recebi o reembolso de {amount}",
        "Reembolsos dos portes não entraram no saldo",
    ],
    openings: &[
        "Boa tarde. A encomenda {order} foi cancelada pelo comprador e a plataforma informou que a comissão e os portes ({amount}) seriam reembolsados em 7 dias. Já passaram {days} dias e não recebi o reembolso.",
        "Olá. Paguei a etiqueta de devolução da encomenda {order} ({amount}) porque o sistema o exigiu, mas depois o apoio disse que o custo seria da plataforma. Onde está o reembolso?",
        "Tenho três reembolsos de portes pendentes desde {date}, um deles da encomenda {order}. Nenhum aparece no extrato do Shop. Podem verificar?",
    ],
    follow_ups: &[
        "Voltei a consultar o extrato hoje e o reembolso continua sem aparecer.",
        "Envio a captura de ecrã do extrato. Não há nenhum crédito de {amount}.",
    ],
    replies: &[
        "Agradecemos a sua mensagem. Localizámos a encomenda {order} e o reembolso de {amount} consta como aprovado. Os reembolsos para o saldo do vendedor podem demorar até 10 dias úteis. Se não aparecer até lá, informe-nos, por favor.",
        "Verificámos que o reembolso da encomenda {order} não foi gerado automaticamente devido a um erro no cancelamento. Abrimos um pedido manual junto da equipa de Pagamentos (referência {ref}).",
    ],
    resolutions: &[
        "O reembolso de {amount} referente à encomenda {order} foi creditado hoje no seu saldo do Shop. Pedimos desculpa pela demora.",
        "Todos os reembolsos pendentes foram processados. Os valores aparecem no extrato com a descrição «Acerto – reembolso de portes».",
    ],
};

static PARCEL: ScenarioText = ScenarioText {
    subjects: &[
        "Encomenda parada há {days} dias – {order}",
        "Seguimento {tracking} sem atualizações",
        "Atraso na recolha das encomendas",
    ],
    openings: &[
        "Bom dia. A encomenda {order} foi expedida em {date} com o número de seguimento {tracking} e desde então está parada em «em trânsito». O cliente está a reclamar e não sei o que lhe dizer.",
        "Boa tarde. A transportadora {carrier} não fez a recolha das minhas encomendas de ontem. São mais de 30 volumes e os prazos de envio vão ser ultrapassados. Isto vai contar contra a minha loja?",
        "O meu cliente diz que a encomenda {order} está parada no centro de distribuição há {days} dias. É possível abrir uma reclamação junto da {carrier}?",
    ],
    follow_ups: &[
        "O seguimento continua sem qualquer atualização. O comprador já ameaçou abrir uma disputa.",
        "A recolha de hoje também não foi feita.",
    ],
    replies: &[
        "Agradecemos o seu contacto. Abrimos um pedido de investigação junto da {carrier} para o número {tracking} (referência {ref}). A transportadora tem até {hours} horas para responder. Os atrasos causados pela transportadora não afetam a avaliação da sua loja.",
        "Verificámos que existe um atraso operacional no centro de distribuição da sua zona. Se a encomenda {order} não for atualizada em 3 dias úteis, será considerada extraviada e receberá o valor de {amount}.",
    ],
    resolutions: &[
        "Boas notícias: a encomenda {order} voltou a circular e foi entregue hoje ao comprador.",
        "A encomenda {order} foi dada como extraviada pela {carrier}. A indemnização de {amount} foi creditada no seu saldo e o comprador foi reembolsado pela plataforma.",
    ],
};

static LISTING: ScenarioText = ScenarioText {
    subjects: &[
        "Produto removido por violação de política",
        "O meu anúncio foi eliminado sem motivo",
        "Recurso – remoção do anúncio «{product}»",
    ],
    openings: &[
        "Boa tarde. O meu anúncio «{product}» foi removido hoje por «violação da política de produtos proibidos», mas é um artigo comum, vendido em qualquer loja. Podem rever?",
        "Recebi um aviso de violação de política e dois anúncios foram eliminados, incluindo «{product}». Não percebi que regra infringi. Tenho fatura de todos os produtos.",
        "Bom dia. A minha loja recebeu um ponto de penalização por «propriedade intelectual» no anúncio «{product}», mas sou eu o fabricante. Como apresento recurso?",
    ],
    follow_ups: &[
        "Já enviei a fatura e as fotografias do produto. Quando é que o anúncio volta a ficar ativo?",
        "As vendas caíram muito desde a remoção. Preciso de uma resposta.",
    ],
    replies: &[
        "Agradecemos o seu contacto. O anúncio «{product}» foi removido pela verificação automática devido a termos no título que correspondem a produtos restritos. Pode editar o título e voltar a submeter, ou enviar documentos para revisão manual (referência {ref}).",
        "Para analisarmos o recurso, envie-nos, por favor, a fatura do fornecedor e fotografias reais do produto com a embalagem. A equipa de Confiança e Segurança responde em até {hours} horas.",
    ],
    resolutions: &[
        "Após revisão manual, o anúncio «{product}» foi reposto e o ponto de penalização foi retirado da sua loja.",
        "A revisão manteve a remoção do anúncio, uma vez que o produto exige uma certificação que não foi apresentada. As regras completas estão disponíveis em https://example.com/help.",
    ],
};

static RECHARGE: ScenarioText = ScenarioText {
    subjects: &[
        "Carregamento de moedas não entrou",
        "Paguei {amount} e não recebi as moedas",
        "Moedas não creditadas após o carregamento",
    ],
    openings: &[
        "Boa tarde. Fiz um carregamento de {coins} moedas por {amount} no dia {date}; o valor foi debitado do cartão, mas as moedas não apareceram na conta.",
        "Olá. Comprei moedas com pagamento pelo telemóvel e o pagamento foi confirmado, mas o saldo continua a zero. Queria enviar presentes no direto de um criador.",
        "Boa noite. Tentei carregar duas vezes e fui cobrado duas vezes ({amount} de cada vez). Não recebi nenhuma moeda. Quero as moedas ou o reembolso.",
    ],
    follow_ups: &[
        "Envio o comprovativo do pagamento. Continuo sem as moedas.",
        "Há alguma previsão? Não quero voltar a ser cobrado.",
    ],
    replies: &[
        "Agradecemos a sua mensagem. Para localizarmos o carregamento, envie-nos, por favor, o comprovativo do pagamento (com data, hora e valor) e a referência da transação que aparece no extrato.",
        "Localizámos o seu carregamento de {amount}. O pagamento ficou pendente de confirmação por parte do emissor do cartão; encaminhámos o caso para a equipa de Pagamentos (referência {ref}).",
    ],
    resolutions: &[
        "As {coins} moedas foram creditadas na sua conta. Pedimos desculpa pelo incómodo.",
        "Confirmámos a cobrança em duplicado: um dos carregamentos foi creditado em moedas e o valor do outro ({amount}) foi reembolsado no seu cartão. A devolução pode demorar alguns dias úteis a aparecer no extrato.",
    ],
};
