import type { ScopeCategory } from "./types.js";

/** Fixed notices, per language. They never come from a model. */
export interface NoticeContext {
  emergencyNumber: string;
  crisisNumber: string;
  findings: string[];
}

type Lang = "en" | "es";

export function languageOf(locale: string): Lang {
  return locale.toLowerCase().startsWith("es") ? "es" : "en";
}

export function isUsLocale(locale: string): boolean {
  const l = locale.toLowerCase();
  return l === "en" || l === "es" || l.endsWith("-us") || l === "en-us";
}

export function emergencyNotice(lang: Lang, c: NoticeContext): string {
  return lang === "es"
    ? `Esto puede ser una emergencia médica. Llame al ${c.emergencyNumber} (o al número de emergencias local) ahora o vaya a la sala de emergencias más cercana. No espere una respuesta en línea.`
    : `This may be a medical emergency. Call ${c.emergencyNumber} (or your local emergency number) now, or go to the nearest emergency department. Do not wait for an online answer.`;
}

export function crisisNotice(lang: Lang, c: NoticeContext): string {
  const sameNumber = c.crisisNumber === c.emergencyNumber;
  if (lang === "es") {
    return sameNumber
      ? `Si está pensando en hacerse daño o en quitarse la vida, llame al ${c.emergencyNumber} ahora. No está solo o sola: hay ayuda.`
      : `Si está pensando en hacerse daño o en quitarse la vida, llame o envíe un mensaje de texto al ${c.crisisNumber} (Línea de Prevención del Suicidio y Crisis, opción en español) ahora, o llame al ${c.emergencyNumber} si corre peligro inmediato. No está solo o sola.`;
  }
  return sameNumber
    ? `If you are thinking about harming yourself or ending your life, call ${c.emergencyNumber} now. You are not alone, and help is available.`
    : `If you are thinking about harming yourself or ending your life, call or text ${c.crisisNumber} (Suicide & Crisis Lifeline) now, or call ${c.emergencyNumber} if you are in immediate danger. You are not alone, and help is available.`;
}

export function urgentNotice(lang: Lang, c: NoticeContext): string {
  return lang === "es"
    ? `Esto necesita atención médica hoy: llame a su médico o vaya a una clínica de atención urgente. Si empeora, llame al ${c.emergencyNumber}.`
    : `This needs medical attention today: contact your doctor or go to urgent care. If it gets worse, call ${c.emergencyNumber}.`;
}

export function careTeamBanner(lang: Lang, level: "emergency" | "urgent", c: NoticeContext): string {
  const list = c.findings.join("; ");
  if (lang === "es") {
    return level === "emergency"
      ? `Señales de alarma: ${list}. Considere evaluación de emergencia según su protocolo.`
      : `Hallazgos que requieren atención el mismo día: ${list}.`;
  }
  return level === "emergency"
    ? `Red flags: ${list}. Consider emergency evaluation per your protocol.`
    : `Findings that need same-day attention: ${list}.`;
}

export function refusalNotice(lang: Lang, category: ScopeCategory, c: NoticeContext): string {
  const en: Record<ScopeCategory, string> = {
    prescription:
      "I can't prescribe or refill medicines. Your doctor, a telehealth service or your pharmacist (who can often give an emergency supply) can help; I can explain what the medicine does or what to ask them.",
    "lethal-dose": `I can't give amounts that would be lethal or harmful. If you or someone else may have taken too much, call Poison Control (1-800-222-1222 in the US) or ${c.emergencyNumber} now. If you are thinking about ending your life, call or text ${c.crisisNumber}.`,
    "self-harm": `I can't help with ways to hurt yourself. You deserve support right now: call or text ${c.crisisNumber}, or call ${c.emergencyNumber} if you are in danger. I'm glad to talk about what you're going through or how to get help.`,
    "harm-to-others": `I can't help with harming anyone. If someone is in danger, call ${c.emergencyNumber}. If you are having urges to hurt someone, a crisis line (${c.crisisNumber}) or your doctor can help.`,
    "controlled-substance":
      "I can't help get controlled medicines without a prescription. A doctor can assess whether such a medicine is right for you; if you are worried about dependence or withdrawal, SAMHSA's helpline (1-800-662-4357) is free and confidential.",
    "prompt-injection":
      "I can't change my safety rules or take on a role that drops them. I'm happy to answer your health question within them."
  };
  const es: Record<ScopeCategory, string> = {
    prescription:
      "No puedo recetar ni renovar medicamentos. Su médico, un servicio de telemedicina o su farmacéutico pueden ayudarle; puedo explicarle para qué sirve el medicamento o qué preguntarles.",
    "lethal-dose": `No puedo dar cantidades letales o dañinas. Si alguien pudo haber tomado demasiado, llame a Control de Envenenamientos (1-800-222-1222 en EE. UU.) o al ${c.emergencyNumber} ahora. Si piensa en quitarse la vida, llame o escriba al ${c.crisisNumber}.`,
    "self-harm": `No puedo ayudar con formas de hacerse daño. Usted merece apoyo ahora: llame o escriba al ${c.crisisNumber}, o llame al ${c.emergencyNumber} si corre peligro.`,
    "harm-to-others": `No puedo ayudar a dañar a nadie. Si alguien corre peligro, llame al ${c.emergencyNumber}.`,
    "controlled-substance":
      "No puedo ayudar a conseguir medicamentos controlados sin receta. Un médico puede evaluar si le convienen; la línea de SAMHSA (1-800-662-4357) es gratuita y confidencial.",
    "prompt-injection": "No puedo cambiar mis reglas de seguridad. Con gusto respondo su pregunta de salud dentro de ellas."
  };
  return (lang === "es" ? es : en)[category];
}

export function disclaimerText(lang: Lang): string {
  return lang === "es"
    ? "Información general, no un diagnóstico. Consulte a un profesional de la salud."
    : "General information, not a diagnosis. Please check with a healthcare professional.";
}
