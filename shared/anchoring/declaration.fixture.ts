/**
 * The sample declaration's sections (from test/fixtures/seeds/expected.json), for anchoring
 * tests on a real text. shared/ cannot read files, so it is copied here.
 */
import type { SectionDraft } from '../model/index.ts';

export const DECLARATION_DRAFTS: readonly SectionDraft[] = [
  {
    heading: null,
    paragraphs: [
      'On September 26, 2024, in Ottawa, the Right Honourable Justin Trudeau, Prime Minister of Canada, and Emmanuel Macron, President of the French Republic, called on our countries to work together towards a stronger defence and security partnership.',
      'Canada and France have cultivated a strong defence relationship, founded upon shared history, interests, a common language and universal values.',
      'During the 20th century, Canada and France developed a close defence relationship. During both World Wars, Canadian soldiers and French soldiers fought side by side and this year, our countries celebrated the 80th anniversary of the Normandy landings. Our defence relationship was solidified in 1949 with the creation of the North Atlantic Treaty Organization (NATO), of which our two countries are founding members, as well as through our joint participation in various United Nations peacekeeping operations, NATO-led operations, and the Global Coalition Against Daesh.',
      'We share common security interests in a world facing serious international tensions and, more broadly, one marked by unilateral assertions of power. Given this, our respective officials, both political and military, have met with one another more regularly in 2024, to enhance our conversations on defence and security, and ultimately build a more ambitious strategic partnership. We are convinced that stronger cooperation between our two countries will facilitate better defence of the rules-based international order founded on respect for state sovereignty, and our democratic principles. Together, we are committed to doing our part to uphold the principles of the Charter of the United Nations; to help manage international crises and conflicts, including in the cyber domain; and to ensure the collective security and defence of NATO members.',
      'We will therefore expand our defence and security cooperation to support Ukraine, contribute to regional stability and security in the Indo-Pacific, reinforce our collaboration on crisis management and modernization of our armed forces, and fight against foreign interference and information manipulation.',
    ],
  },
  {
    heading: 'Support Ukraine',
    paragraphs: [
      'Canada and France will support Ukraine for as long as it takes to thwart Russia’s war of aggression, which is a flagrant violation of international law, including the Charter of the United Nations. Our support for Ukraine’s independence, sovereignty and territorial integrity within its internationally recognized borders is unwavering. In line with the G7 Joint Declaration of Support for Ukraine of July 2023, Canada and France respectively signed bilateral agreements with Ukraine to confirm our commitment to strengthen Ukraine’s ability to defend itself, foster resilience in the country, and deter future aggression from Russia in the long-term.',
      'As part of the Ukraine Defence Contact Group (UDCG), also known as the Ramstein group, we will strengthen our cooperation in the area of military equipment support to Ukraine and training.',
      'Canada and France have trained tens of thousands of Ukrainian soldiers through Operation UNIFIER (Canada) and the EU Military Assistance Mission in support of Ukraine (France). Our armed forces have cooperated on training Ukrainian fighter pilots. Our armed forces will continue to deepen their strategic cooperation in the field of cyber defence in support of Ukraine. We are determined to work with Ukraine and our partners to support Ukraine in defending its sovereignty, independence and its territorial integrity against Russian aggression, both in the traditional domains and in cyberspace, including by helping strengthen Ukraine’s civilian cyber capacity through the Tallinn Mechanism. More broadly, we will continue our conversations on the topics of shared interest broached at the conference in Paris on February 26, 2024.',
      'Canada and France recognize that the deportation of Ukrainian children is a major concern and, as part of the international coalition, we will continue our efforts to ensure the return of the Ukrainian children deported to Russia.',
    ],
  },
  {
    heading: 'Contribute to regional stability and security in the Indo-Pacific',
    paragraphs: [
      'Canada and France are two Pacific nations that wish to actively contribute to regional stability and security. We aim to maintain an open and inclusive Indo-Pacific region, free of excessive dependencies and any form of coercion, and founded on respect for international law, sovereignty and multilateralism.',
      'We reaffirm our shared commitment to support peace and stability on the Korean Peninsula, through implementing United Nations resolutions and implementing sanctions decided upon by the United Nations Security Council. We remain fully engaged with our partners to dissuade any attempt to circumvent those sanctions by means of maritime surveillance and maritime air surveillance.',
      'We deplore the rising tensions in the South China Sea. We strongly oppose coercive and destabilizing activities, which are leading to increasingly violent and recurrent incidents, and call for the various parties to engage in dialogue. We also highlight the importance for all states to be able to exercise their rights and freedoms, including freedom of navigation and overflight, in accordance with international law, including the United Nations Convention on the Law of the Sea (UNCLOS).',
      'Our two countries will strengthen our cooperation in terms of strategic and military analysis in the region, study opportunities for deploying future joint patrol missions, and increase our participation in multilateral exercises. This cooperation will improve interoperability between the armed forces of our two countries. In the same vein, we will consider integrating Canadian support to the deployment of the aircraft carrier Charles de Gaulle.',
      'Canada and France will cooperate more closely to fight against illegal fishing and ensure maritime surveillance with Pacific Island countries in order to strengthen their sovereignty. We will work on joint deployments in the area. We will also strengthen regional security by participating in the training of Pacific Island partner countries.',
    ],
  },
  {
    heading: 'Collaborate more closely on international crisis management and conduct joint operations',
    paragraphs: [
      'Canada and France recognize that climate change is not only an environmental threat, but is also one of the greatest security challenges of our time. We wholeheartedly support NATO’s Climate Change and Security Action Plan, and we are two of the 12 sponsoring Allied nations of the NATO Climate Change and Security Centre of Excellence in Montreal.',
      'We will share our crisis management situation assessments, as we did recently during the crisis in Haiti, and in anticipation of situations in areas of mutual interest, like the Middle East. We will identify new opportunities to deploy together. We will strengthen the partnership within NATO by sharing experience among framework nations for Canada’s deployment in Latvia and France’s deployment in Romania. France stands ready to cooperate with Canada to facilitate logistical support to Canadian forces prepositioned in Latvia.',
      'In the Canadian Arctic, Canada and France collaborate on Operation NANOOK, the Canadian Armed Forces’ signature operation in that region. Our two countries wish to increase joint navigation exercises, knowledge sharing, interoperability and training of crews in polar environments, drawing on the expertise and support of the Canadian Armed Forces in the Canadian Arctic.',
      'In the Sahel and more recently in the Gulf of Guinea, Canada has provided the French Armed Forces with unfailing support under Operation FREQUENCE. We intend to renew this important, effective collaboration in 2025.',
    ],
  },
  {
    heading: 'Collaborate more closely on the modernization of armed forces',
    paragraphs: [
      'To better respond to crises, Canada and France will deepen our partnership to modernize our armed forces and improve our ability to conduct joint operations.',
      'We will continue sharing expertise on human resources, the heart of our armies, to improve recruitment and training on specific skills, while leveraging each other’s capabilities in areas such as transport, strategic resupply, and submarine forces.',
      'Canada and France are committed to increasing our defence capacity and strengthening our capabilities to ensure our sovereignty and support our partners. To that end, we will share our respective technical know-how, and will find tangible new ways to work together on land, sea, air and cyberspace. We will continue discussing how to organize and improve our industrial and procurement processes.',
    ],
  },
  {
    heading: 'Fight against foreign interference and information manipulation',
    paragraphs: [
      'Canada and France are confronted with foreign interference operations and information manipulation. Canada and France will increase communication with each other to effectively respond to those threats.',
      'Through our commitment to the G7 Rapid Response Mechanism (G7 RRM), our two countries are developing a collective response framework to counter foreign operations of information manipulation, as announced at the G7 Summit in Apulia. These efforts must be accompanied by support for factual and high-quality information, such as through the International Partnership on Information and Democracy and the Forum on Information and Democracy. We welcome initiatives such as the Journalism Trust Initiative, in which Canadian and French media are participating, to foster high-quality information.',
      'Thanks to the G7 RRM, we are also developing collective approaches to counter other threats to democracy and will continue to advance these objectives during our successive G7 presidencies in 2025 and 2026.',
    ],
  },
];
